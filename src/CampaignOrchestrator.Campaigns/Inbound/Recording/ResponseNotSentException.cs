using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Campaigns.Inbound.Recording;

/// <summary>A transient failure that certainly recorded nothing (the target refused or never saw the call): retrying is safe.</summary>
public sealed class ResponseNotSentException : Exception, IDurableFailure
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="errorCode">A short code, e.g. <c>SatisMeter.503</c>.</param>
    public ResponseNotSentException(string message, string? errorCode)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    public ResponseNotSentException(string message)
        : this(message, errorCode: null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The cause.</param>
    public ResponseNotSentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ResponseNotSentException()
        : this("The response was not sent.")
    {
    }

    /// <inheritdoc/>
    public string? ErrorCode { get; }

    /// <inheritdoc/>
    public bool IsTransient => true;
}
