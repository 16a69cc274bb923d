namespace CampaignOrchestrator.Host.Demo;

/// <summary>The demo's exit codes.</summary>
internal static class DemoExitCodes
{
    /// <summary>The run completed and its report was printed.</summary>
    public const int Completed = 0;

    /// <summary>The run failed or was terminated, or the host could not start.</summary>
    public const int Failed = 1;

    /// <summary>The command line was invalid.</summary>
    public const int Usage = 2;

    /// <summary>The run did not finish within <c>Demo:Timeout</c>.</summary>
    public const int TimedOut = 3;

    /// <summary>The demo was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
