namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>The furthest a recipient got, over all sends of a batch, by a point in simulated time.</summary>
internal readonly record struct RecipientProgress(
    bool WasSent,
    bool Delivered,
    bool Errored,
    bool Blocked,
    bool Unsubscribed,
    bool Viewed,
    bool Started,
    bool Taken)
{
    /// <summary>Whether a reminder goes to this recipient: not taken, not unsubscribed, not bounced or blocked.</summary>
    public bool AwaitsReminder => !Taken && !Unsubscribed && !(Errored && !Delivered) && !(Blocked && !Delivered);

    public static RecipientProgress Of(IEnumerable<RecipientTimeline> timelines, DateTimeOffset at)
    {
        var progress = default(RecipientProgress);
        foreach (var timeline in timelines)
        {
            progress = new RecipientProgress(
                WasSent: true,
                Delivered: progress.Delivered || Reached(timeline.DeliveredAt, at),
                Errored: progress.Errored || Reached(timeline.ErroredAt, at),
                Blocked: progress.Blocked || Reached(timeline.BlockedAt, at),
                Unsubscribed: progress.Unsubscribed || Reached(timeline.UnsubscribedAt, at),
                Viewed: progress.Viewed || Reached(timeline.ViewedAt, at),
                Started: progress.Started || Reached(timeline.StartedAt, at),
                Taken: progress.Taken || Reached(timeline.TakenAt, at));
        }

        return progress;
    }

    private static bool Reached(DateTimeOffset? stage, DateTimeOffset at) => stage is { } reachedAt && reachedAt <= at;
}
