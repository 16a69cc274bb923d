namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>The counters of an email batch.</summary>
public sealed record EmailBatchStatistics
{
    /// <summary>Gets the emails waiting to be sent.</summary>
    public int QueuedCount { get; init; }

    /// <summary>Gets the emails sent.</summary>
    public int SentCount { get; init; }

    /// <summary>Gets the emails that failed.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Gets the recipients who started the survey.</summary>
    public int StartedCount { get; init; }

    /// <summary>Gets the recipients who opened the invitation.</summary>
    public int ViewedCount { get; init; }

    /// <summary>Gets the recipients who completed the survey.</summary>
    public int TakenCount { get; init; }

    /// <summary>Gets the emails blocked.</summary>
    public int BlockedCount { get; init; }

    /// <summary>Gets the recipients whose participation is pending.</summary>
    public int ParticipationPendingCount { get; init; }

    /// <summary>Gets the recipients who unsubscribed.</summary>
    public int UnSubscribedCount { get; init; }
}
