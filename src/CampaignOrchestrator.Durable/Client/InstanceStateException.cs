namespace CampaignOrchestrator.Durable.Client;

/// <summary>The instance exists but its status does not allow the operation (for example raising an event to a finished instance).</summary>
public sealed class InstanceStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="status">Its status.</param>
    /// <param name="message">What was refused and why.</param>
    public InstanceStateException(string instanceId, RuntimeStatus status, string message)
        : base(message)
    {
        InstanceId = instanceId;
        Status = status;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InstanceStateException()
        : base("The orchestration instance's status does not allow the operation.")
    {
        InstanceId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public InstanceStateException(string message)
        : base(message)
    {
        InstanceId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InstanceStateException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = string.Empty;
    }

    /// <summary>Gets the instance.</summary>
    public string InstanceId { get; }

    /// <summary>Gets its status when the operation was refused.</summary>
    public RuntimeStatus Status { get; }

    /// <summary>Gets whether the instance had already finished (Durable Functions answers 410 Gone then).</summary>
    public bool IsFinished => Status.IsFinished();
}
