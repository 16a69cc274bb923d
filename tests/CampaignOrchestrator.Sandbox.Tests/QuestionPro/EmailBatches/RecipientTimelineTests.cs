using CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.EmailBatches;

public sealed class RecipientTimelineTests
{
    private static readonly DateTimeOffset SentAt = SandboxHarness.Start;

    [Fact]
    public void Draw_SameInputs_SameTimeline()
    {
        Assert.Equal(RecipientTimeline.Draw(1, 4001, 0, 17, SentAt), RecipientTimeline.Draw(1, 4001, 0, 17, SentAt));
        Assert.NotEqual(RecipientTimeline.Draw(1, 4001, 0, 17, SentAt), RecipientTimeline.Draw(1, 4001, 1, 17, SentAt));
    }

    [Fact]
    public void Draw_ManyRecipients_FollowsTheFunnelModel()
    {
        var timelines = Enumerable.Range(0, 20_000).Select(index => RecipientTimeline.Draw(7, 1, 0, index, SentAt)).ToList();

        double Share(Func<RecipientTimeline, bool> predicate) => timelines.Count(predicate) / (double)timelines.Count;

        Assert.InRange(Share(t => t.ErroredAt is not null), 0.015, 0.025);
        Assert.InRange(Share(t => t.BlockedAt is not null), 0.006, 0.014);
        var delivered = timelines.Where(t => t.DeliveredAt is not null).ToList();
        Assert.InRange(delivered.Count(t => t.UnsubscribedAt is not null) / (double)delivered.Count, 0.015, 0.025);
        var viewers = delivered.Where(t => t.ViewedAt is not null).ToList();
        Assert.InRange(viewers.Count / (double)delivered.Count, 0.57, 0.61);
        var starters = viewers.Where(t => t.StartedAt is not null).ToList();
        Assert.InRange(starters.Count / (double)viewers.Count, 0.68, 0.72);
        Assert.InRange(starters.Count(t => t.TakenAt is not null) / (double)starters.Count, 0.78, 0.82);
    }

    [Fact]
    public void Draw_Stages_HappenInOrderWithinTheirDelays()
    {
        foreach (var timeline in Enumerable.Range(0, 5_000).Select(index => RecipientTimeline.Draw(3, 2, 0, index, SentAt)))
        {
            var outcome = timeline.DeliveredAt ?? timeline.ErroredAt ?? timeline.BlockedAt;
            Assert.InRange(outcome!.Value, SentAt, SentAt + FunnelModel.MaxDeliveryDelay);
            if (timeline.ViewedAt is { } viewed)
            {
                Assert.InRange(viewed, timeline.DeliveredAt!.Value, timeline.DeliveredAt.Value + FunnelModel.MaxViewDelay);
            }

            if (timeline.StartedAt is { } started)
            {
                Assert.InRange(started, timeline.ViewedAt!.Value, timeline.ViewedAt.Value + FunnelModel.MaxStartDelay);
            }

            if (timeline.TakenAt is { } taken)
            {
                Assert.InRange(taken, timeline.StartedAt!.Value + FunnelModel.MinTakeDelay, timeline.StartedAt.Value + FunnelModel.MaxTakeDelay);
            }
        }
    }
}
