using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Durable.Activities;

namespace CampaignOrchestrator.Campaigns.Inbound.Recording;

/// <summary>
/// Records one inbound response in its target, at most once per <see cref="RecordResponseInput.IdempotencyKey"/>.
/// Permanent refusals are outcomes (rejected, duplicate), not failures; transient ones throw so the orchestration retries.
/// </summary>
/// <param name="satisMeter">Records SatisMeter responses.</param>
/// <param name="questionPro">Records QuestionPro responses.</param>
public sealed class RecordResponseActivity(SatisMeterResponseRecorder satisMeter, QuestionProResponseRecorder questionPro)
    : Activity<RecordResponseInput, ResponseOutcome>
{
    /// <summary>The activity's registered name.</summary>
    public const string Name = "RecordResponse";

    /// <inheritdoc/>
    public override Task<ResponseOutcome> RunAsync(ActivityContext context, RecordResponseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Response switch
        {
            SatisMeterInboundResponse response => satisMeter.RecordAsync(input.IdempotencyKey, response, cancellationToken),
            QuestionProInboundResponse response => questionPro.RecordAsync(input.IdempotencyKey, response, cancellationToken),
            _ => throw new ArgumentException($"Response {input.Response.Id} has a target this version does not know.", nameof(input)),
        };
    }
}
