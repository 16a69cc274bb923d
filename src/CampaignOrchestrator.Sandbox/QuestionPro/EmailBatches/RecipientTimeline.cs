using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>When (in simulated time) one recipient of one send reaches each funnel stage; null for stages never reached.</summary>
internal readonly record struct RecipientTimeline(
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ErroredAt,
    DateTimeOffset? BlockedAt,
    DateTimeOffset? UnsubscribedAt,
    DateTimeOffset? ViewedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? TakenAt)
{
    /// <summary>Draws the funnel from a <see cref="Random"/> seeded by (seed, batch, send, recipient), so it is reproducible.</summary>
    public static RecipientTimeline Draw(int seed, long batchId, int sendIndex, int recipientIndex, DateTimeOffset sentAt)
    {
        var random = SeededRandom.Create(seed, batchId, sendIndex, recipientIndex);

        // Every number is drawn up front so each stage always uses the same position of the sequence.
        var delivery = random.NextDouble();
        var deliveryDelay = random.NextDouble();
        var unsubscribe = random.NextDouble();
        var view = random.NextDouble();
        var viewDelay = random.NextDouble();
        var start = random.NextDouble();
        var startDelay = random.NextDouble();
        var take = random.NextDouble();
        var takeDelay = random.NextDouble();

        var outcomeAt = sentAt + (FunnelModel.MaxDeliveryDelay * deliveryDelay);
        if (delivery < FunnelModel.ErrorProbability)
        {
            return new RecipientTimeline { ErroredAt = outcomeAt };
        }

        if (delivery < FunnelModel.ErrorProbability + FunnelModel.BlockedProbability)
        {
            return new RecipientTimeline { BlockedAt = outcomeAt };
        }

        var timeline = new RecipientTimeline { DeliveredAt = outcomeAt };
        var reactionAt = outcomeAt + (FunnelModel.MaxViewDelay * viewDelay);
        if (unsubscribe < FunnelModel.UnsubscribeProbability)
        {
            return timeline with { UnsubscribedAt = reactionAt };
        }

        if (view >= FunnelModel.ViewProbability)
        {
            return timeline;
        }

        timeline = timeline with { ViewedAt = reactionAt };
        if (start >= FunnelModel.StartProbability)
        {
            return timeline;
        }

        var startedAt = reactionAt + (FunnelModel.MaxStartDelay * startDelay);
        timeline = timeline with { StartedAt = startedAt };
        if (take >= FunnelModel.TakeProbability)
        {
            return timeline;
        }

        var takeSpan = FunnelModel.MaxTakeDelay - FunnelModel.MinTakeDelay;
        return timeline with { TakenAt = startedAt + FunnelModel.MinTakeDelay + (takeSpan * takeDelay) };
    }
}
