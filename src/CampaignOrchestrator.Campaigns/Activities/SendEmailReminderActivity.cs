using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>
/// Sends a wave's batch again (<c>PUT /surveys/{id}/batches/{batchId}</c>), at most once per
/// <see cref="SendEmailReminderInput.OperationKey"/>. QuestionPro's batch counters are per recipient and cumulative, so
/// they cannot tell whether an earlier, ambiguous attempt reached it: such an attempt fails with
/// <see cref="AmbiguousEffectException"/> and an operator decides.
/// </summary>
/// <param name="client">The QuestionPro email batch client.</param>
/// <param name="guard">Records the call before and after it is made.</param>
public sealed class SendEmailReminderActivity(QuestionProEmailBatchClient client, EffectGuard guard) : Activity<SendEmailReminderInput, EmailReminderSent>
{
    private readonly QuestionProEmailBatchClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly EffectGuard _guard = guard ?? throw new ArgumentNullException(nameof(guard));

    /// <inheritdoc/>
    public override Task<EmailReminderSent> RunAsync(ActivityContext context, SendEmailReminderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return VendorFailureTranslator.RunAsync(
            () => _guard.RunOnceAsync(
                input.OperationKey,
                async ct =>
                {
                    var batch = await _client.SendAsync(input.SurveyId, input.BatchId, input.Reminder.ToSendRequest(input.EmailListId), ct);
                    return new EmailReminderSent(batch.EmailBatchId, batch.EmailCount);
                },
                CreateEmailBatchActivity.HadNoEffect,
                cancellationToken),
            guarded: true);
    }
}
