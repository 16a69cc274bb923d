namespace CampaignOrchestrator.Durable.Backend.Orchestrations;

/// <summary>A work item's lock expired or was taken by another worker; its commit was refused and nothing was written.</summary>
public sealed class LockLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which lock was lost.</param>
    public LockLostException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LockLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public LockLostException()
        : this("The work item's lock was lost.")
    {
    }
}
