using System.Text.Json;
using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Sends that cannot be reconciled with the vendor: when ambiguous, the run parks for an operator's <c>resolve</c>.</summary>
internal sealed partial class CampaignRunFlow
{
    private static readonly string[] s_actions = [OperatorResolution.Resend, OperatorResolution.Skip, OperatorResolution.Use];

    /// <summary>
    /// Makes a guarded send. When its activity reports an ambiguous earlier attempt, waits for the operator: resend
    /// forgets the record and sends again, skip gives up on it, use records what the operator found. Returns an empty
    /// result when the run ends while waiting (<see cref="_ending"/> is then set).
    /// </summary>
    private async Task<SentOnce<T>> SendOnceAsync<T>(string activity, object input, AmbiguousSend send, Func<OperatorResolution, T> fromUse)
        where T : class
    {
        while (true)
        {
            try
            {
                return new SentOnce<T>(await CallAsync<T>(activity, input, $"Sending {send.Description}"), false, null);
            }
            catch (TaskFailedException failed) when (failed.Failure.ErrorCode == AmbiguousEffectException.Code)
            {
                var resolution = await WaitForOperatorAsync(send, failed.Failure.Message);
                PublishStatus(CampaignRunPhases.Sending);
                switch (resolution?.Action)
                {
                    case null:
                        return new SentOnce<T>(null, false, null);
                    case OperatorResolution.Skip:
                        return new SentOnce<T>(null, true, "skipped by an operator after an ambiguous send");
                    case OperatorResolution.Use:
                        var used = fromUse(resolution);
                        var stored = await CallAsync<string?>(
                            CampaignActivityNames.RecordVendorCall,
                            new VendorCallResult(send.OperationKey, DataConverter.Serialize(used)),
                            $"Recording {send.Description}",
                            CampaignRetryPolicies.Store);
                        return new SentOnce<T>(DataConverter.Deserialize<T>(stored) ?? used, false, "recorded by an operator after an ambiguous send");
                    default:
                        await CallAsync<bool>(
                            CampaignActivityNames.ForgetVendorCall, new VendorCallKey(send.OperationKey), $"Forgetting {send.Description}", CampaignRetryPolicies.Store);
                        break;
                }
            }
        }
    }

    private async Task<OperatorResolution?> WaitForOperatorAsync(AmbiguousSend send, string message)
    {
        var request = new OperatorRequest(send.What, send.Description, send.OperationKey, send.BatchId, message, Now, s_actions);
        AddTimeline("operator-needed", $"{Capitalized(send.Description)} may or may not have reached QuestionPro; waiting for the resolve event ({message}).");
        Logs.AwaitingOperator(_logger, _context.InstanceId, send.Description, send.OperationKey);
        PublishStatus(CampaignRunPhases.AwaitingOperator, awaiting: request);

        using var cancel = new CancellationTokenSource();
        var deadline = _state.StopAt is { } stopAt ? _context.CreateTimer(stopAt, cancel.Token) : null;
        while (true)
        {
            var resolve = _context.WaitForExternalEvent<JsonElement?>(CampaignRunEvents.Resolve);
            Task[] waits = deadline is null ? [resolve, _stop] : [resolve, _stop, deadline];
            var first = await Task.WhenAny(waits);
            if (first != resolve)
            {
                Cancel(cancel);
                CheckEnding();
                return null;
            }

            if (Accept(send, resolve.Result, out var error) is not { } resolution)
            {
                AddTimeline("resolve-ignored", $"A resolve event for {send.Description} was ignored: {error}.");
                continue;
            }

            Cancel(cancel);
            AddTimeline("operator-resolved", Invariant($"An operator chose '{resolution.Action}' for {send.Description}{(resolution.BatchId is { } id ? $" (batch {id})" : string.Empty)}."));
            return resolution;
        }
    }

    private static OperatorResolution? Accept(AmbiguousSend send, JsonElement? payload, out string? error)
    {
        if (!OperatorResolution.TryParse(payload, out var resolution, out error))
        {
            return null;
        }

        if (resolution.OperationKey is { } key && !string.Equals(key, send.OperationKey, StringComparison.Ordinal))
        {
            error = $"it names operation '{key}', not '{send.OperationKey}'";
            return null;
        }

        if (resolution.Action == OperatorResolution.Use && send.UseNeedsBatchId && resolution.BatchId is null)
        {
            error = "use needs the batchId found at QuestionPro";
            return null;
        }

        return resolution;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>A send that may need an operator.</summary>
/// <param name="What"><c>micropanel</c> or <c>reminder</c>.</param>
/// <param name="Description">Which send, e.g. <c>reminder 1 of wave 'contacts'</c>.</param>
/// <param name="OperationKey">Its idempotency key.</param>
/// <param name="BatchId">The email batch of a reminder.</param>
/// <param name="UseNeedsBatchId">Whether "use" must name the batch found.</param>
internal sealed record AmbiguousSend(string What, string Description, string OperationKey, long? BatchId, bool UseNeedsBatchId);

/// <summary>The result of a guarded send: the value (sent or recorded by an operator), or skipped, or neither when the run ends.</summary>
/// <typeparam name="T">The send's result.</typeparam>
/// <param name="Value">The result.</param>
/// <param name="Skipped">Whether an operator chose to go on without it.</param>
/// <param name="Note">How an operator settled it.</param>
internal sealed record SentOnce<T>(T? Value, bool Skipped, string? Note)
    where T : class;
