using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Fails a campaign run: a step failed permanently (or past its retries). The message names the step and carries the vendor's message.</summary>
public sealed class CampaignRunException : Exception, IDurableFailure
{
    /// <summary>Creates the exception for a failed step.</summary>
    /// <param name="step">What the run was doing, e.g. <c>Creating the email batch of wave 'contacts'</c>.</param>
    /// <param name="failure">The activity's failure.</param>
    /// <param name="innerException">The failed task.</param>
    public CampaignRunException(string step, FailureDetails failure, Exception? innerException)
        : base($"{step} failed: {failure?.Message}", innerException)
    {
        ErrorCode = failure?.ErrorCode;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CampaignRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CampaignRunException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CampaignRunException()
        : this("The campaign run failed.")
    {
    }

    /// <inheritdoc/>
    public string? ErrorCode { get; }

    /// <inheritdoc/>
    public bool IsTransient => false;
}
