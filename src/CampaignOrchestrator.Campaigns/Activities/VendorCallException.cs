using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// A vendor call of a campaign activity failed. Carries whether trying again may succeed, so the orchestration's
/// durable retry policy retries transient failures and lets permanent ones (400, 401, 403, 404) fail the run at once.
/// </summary>
public sealed class VendorCallException : Exception, IDurableFailure
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, with the vendor's own message.</param>
    /// <param name="errorCode">The error code (for example <c>QuestionPro.404.1040</c>).</param>
    /// <param name="isTransient">Whether trying again may succeed.</param>
    /// <param name="innerException">The vendor client's exception.</param>
    public VendorCallException(string message, string? errorCode, bool isTransient, Exception? innerException)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    /// <summary>Creates a permanent failure with a message.</summary>
    /// <param name="message">The message.</param>
    public VendorCallException(string message)
        : this(message, null, false, null)
    {
    }

    /// <summary>Creates a permanent failure with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VendorCallException(string message, Exception? innerException)
        : this(message, null, false, innerException)
    {
    }

    /// <summary>Creates a permanent failure with a default message.</summary>
    public VendorCallException()
        : this("A vendor call failed.")
    {
    }

    /// <inheritdoc/>
    public string? ErrorCode { get; }

    /// <inheritdoc/>
    public bool IsTransient { get; }
}
