using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Campaigns.Inbound.Recording;

/// <summary>
/// Sends a response to SatisMeter at most once. SatisMeter has no way to look a response up, but it refuses a second
/// response of the same user to a campaign (<c>400 Duplicate response</c>): so after an attempt whose outcome is
/// unknown the response is simply sent again, and that refusal then means the earlier attempt recorded it.
/// </summary>
/// <param name="client">The SatisMeter client.</param>
/// <param name="guard">Records the call before and after it is made.</param>
/// <param name="logger">Logs reconciliations.</param>
public sealed partial class SatisMeterResponseRecorder(SatisMeterClient client, EffectGuard guard, ILogger<SatisMeterResponseRecorder> logger)
{
    /// <summary>Records a response.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ResponseNotSentException">A transient failure that recorded nothing.</exception>
    /// <exception cref="VendorCallException">A transient failure after which the response may have been recorded.</exception>
    public Task<ResponseOutcome> RecordAsync(string key, SatisMeterInboundResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return guard.RunOnceAsync(
            key,
            ct => SendAsync(response, afterUnknownAttempt: false, ct),
            exception => exception is ResponseNotSentException,
            (record, ct) =>
            {
                LogResending(logger, key, record.Attempts);
                return SendAsync(response, afterUnknownAttempt: true, ct);
            },
            cancellationToken);
    }

    private async Task<ResponseOutcome> SendAsync(SatisMeterInboundResponse response, bool afterUnknownAttempt, CancellationToken cancellationToken)
    {
        InsertResponseResult result;
        try
        {
            result = await client.InsertResponseAsync(response.ToRequest(), cancellationToken);
        }
        catch (RequestValidationException exception)
        {
            return new ResponseOutcome(response.Id, ResponseOutcomeKind.Rejected, exception.Message);
        }

        var said = $"SatisMeter answered {result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}: {result.Message}";
        return result.Outcome switch
        {
            InsertResponseOutcome.Recorded => ResponseOutcome.Recorded(response.Id),
            InsertResponseOutcome.Duplicate when afterUnknownAttempt => ResponseOutcome.Recorded(response.Id),
            InsertResponseOutcome.Duplicate => new ResponseOutcome(response.Id, ResponseOutcomeKind.Duplicate, said),
            InsertResponseOutcome.Rejected => new ResponseOutcome(response.Id, ResponseOutcomeKind.Rejected, said),
            _ when result.Effect == VendorEffect.None => throw new ResponseNotSentException(said, Code(result)),
            _ => throw new VendorCallException(said + " (it may have been recorded; the next attempt finds out)", Code(result), isTransient: true, innerException: null),
        };
    }

    private static string Code(InsertResponseResult result) =>
        result.StatusCode is { } status ? $"SatisMeter.{status}" : "SatisMeter.Unreachable";

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "SatisMeter response {Key} may have been recorded by attempt {Attempts}; sending it again, a duplicate refusal will confirm it")]
    private static partial void LogResending(ILogger logger, string key, int attempts);
}
