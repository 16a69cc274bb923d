using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>A QuestionPro call failed; carries the vendor's error envelope fields and the failure's classification.</summary>
public sealed class QuestionProException : Exception
{
    /// <summary>Creates the exception from a classified failure.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public QuestionProException(QuestionProFailure failure, Exception? innerException = null)
        : base(failure?.Describe(), innerException) => Failure = failure!;

    /// <summary>Creates an exception with a message only (classified as a permanent vendor error).</summary>
    /// <param name="message">The message.</param>
    public QuestionProException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a message and a cause (classified as a permanent vendor error).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public QuestionProException(string message, Exception? innerException)
        : base(message, innerException) =>
        Failure = new QuestionProFailure { Kind = QuestionProFailureKind.VendorError, VendorMessage = message };

    /// <summary>Creates an exception with a default message.</summary>
    public QuestionProException()
        : this("QuestionPro call failed.")
    {
    }

    /// <summary>Gets the classified failure.</summary>
    public QuestionProFailure Failure { get; }

    /// <summary>Gets the envelope's <c>name</c>, e.g. <c>BAD_REQUEST</c>.</summary>
    public string? Name => Failure.Name;

    /// <summary>Gets the envelope's <c>id</c> (sent as a string or a number), e.g. <c>1002</c>.</summary>
    public string? ErrorId => Failure.ErrorId;

    /// <summary>Gets the HTTP status, or <see langword="null"/> when no response arrived.</summary>
    public int? HttpStatusCode => Failure.HttpStatusCode;

    /// <summary>Gets the envelope's <c>message</c>.</summary>
    public string? VendorMessage => Failure.VendorMessage;

    /// <summary>Gets the vendor's <c>requestID</c>, when it sent one.</summary>
    public string? RequestId => Failure.RequestId;

    /// <summary>Gets whether trying again later may succeed (408, 429, 5xx, network, timeout).</summary>
    public bool IsTransient => Failure.IsTransient;

    /// <summary>Gets what the failed call is known to have done at the vendor.</summary>
    public VendorEffect Effect => Failure.Effect;

    /// <summary>Gets whether the respondent session expired (error code 1002 of the respondent API).</summary>
    public bool IsSessionExpired => Failure.IsSessionExpired;
}
