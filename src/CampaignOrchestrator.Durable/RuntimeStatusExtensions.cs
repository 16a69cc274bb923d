namespace CampaignOrchestrator.Durable;

/// <summary>Questions about runtime statuses.</summary>
public static class RuntimeStatusExtensions
{
    /// <summary>Returns whether an instance with this status has finished for good: Completed, Failed, Terminated or Canceled.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> when finished.</returns>
    public static bool IsFinished(this RuntimeStatus status) =>
        status is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated or RuntimeStatus.Canceled;
}
