using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>What the demo reads from a status payload.</summary>
/// <param name="RuntimeStatus">The runtime status (<c>Running</c>, <c>Completed</c>, ...).</param>
/// <param name="Progress">The run's custom status.</param>
/// <param name="Report">The run's output once it completed.</param>
/// <param name="Message">The output when it is text (a failure message).</param>
internal sealed record DemoRunStatus(string RuntimeStatus, CampaignRunStatus? Progress, CampaignReport? Report, string? Message)
{
    /// <summary>Gets whether the run has finished (completed, failed or terminated).</summary>
    public bool IsFinished => RuntimeStatus is "Completed" or "Failed" or "Terminated";
}
