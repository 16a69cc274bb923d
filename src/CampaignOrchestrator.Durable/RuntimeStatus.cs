namespace CampaignOrchestrator.Durable;

/// <summary>The runtime status of an orchestration instance, with Durable Functions' names and meanings.</summary>
public enum RuntimeStatus
{
    /// <summary>Scheduled but not yet started.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished with an output.</summary>
    Completed,

    /// <summary>Restarted itself with new input; a new execution follows.</summary>
    ContinuedAsNew,

    /// <summary>Finished with an unhandled failure.</summary>
    Failed,

    /// <summary>Cancelled (kept for compatibility with the Durable Functions status set).</summary>
    Canceled,

    /// <summary>Stopped by a terminate request.</summary>
    Terminated,

    /// <summary>Paused by a suspend request; events are kept until it resumes.</summary>
    Suspended,
}
