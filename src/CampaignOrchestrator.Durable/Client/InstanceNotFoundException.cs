namespace CampaignOrchestrator.Durable.Client;

/// <summary>No instance has the id.</summary>
public sealed class InstanceNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="instanceId">The id that was not found.</param>
    public InstanceNotFoundException(string instanceId)
        : base($"No orchestration instance has the id '{instanceId}'.")
    {
        InstanceId = instanceId;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InstanceNotFoundException()
        : base("The orchestration instance was not found.")
    {
        InstanceId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InstanceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        InstanceId = string.Empty;
    }

    /// <summary>Gets the id that was not found.</summary>
    public string InstanceId { get; }
}
