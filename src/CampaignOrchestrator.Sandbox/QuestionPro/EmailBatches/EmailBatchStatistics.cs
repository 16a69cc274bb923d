using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>The <c>emailBatchStatistics</c> object, in the vendor's field order.</summary>
internal sealed record EmailBatchStatistics(
    int QueuedCount,
    int SentCount,
    int ErrorCount,
    int StartedCount,
    int ViewedCount,
    int TakenCount,
    int BlockedCount,
    int ParticipationPendingCount,
    [property: JsonPropertyName("unSubscribedCount")] int UnsubscribedCount)
{
    /// <summary>
    /// Counts recipients by the furthest stage reached by <paramref name="at"/>: a recipient counts as errored or blocked
    /// only if never delivered, and as unsubscribed only if never started, so that
    /// queued + sent + error + blocked = emailCount and participationPending = sent − started − unsubscribed.
    /// </summary>
    public static EmailBatchStatistics Of(EmailBatch batch, DateTimeOffset at)
    {
        int queued = 0, sent = 0, error = 0, blocked = 0, unsubscribed = 0, viewed = 0, started = 0, taken = 0;
        for (var index = 0; index < batch.Recipients.Count; index++)
        {
            var progress = batch.ProgressOf(index, at);
            if (progress.Delivered)
            {
                sent++;
                viewed += progress.Viewed ? 1 : 0;
                started += progress.Started ? 1 : 0;
                taken += progress.Taken ? 1 : 0;
                unsubscribed += progress.Unsubscribed && !progress.Started ? 1 : 0;
            }
            else if (progress.Errored)
            {
                error++;
            }
            else if (progress.Blocked)
            {
                blocked++;
            }
            else if (progress.WasSent)
            {
                queued++;
            }
        }

        return new EmailBatchStatistics(queued, sent, error, started, viewed, taken, blocked, sent - started - unsubscribed, unsubscribed);
    }
}
