namespace CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;

/// <summary>An email batch and every send of it (the first send and the reminders). Guarded by <see cref="EmailBatchStore"/>.</summary>
internal sealed class EmailBatch
{
    public required long Id { get; init; }

    public required long SurveyId { get; init; }

    public required int Mode { get; init; }

    public long? EmailListId { get; init; }

    public string? BatchName { get; init; }

    public required string Subject { get; init; }

    public required string EmailText { get; init; }

    public required string Description { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }

    public List<EmailSend> Sends { get; } = [];

    public RecipientProgress ProgressOf(int recipientIndex, DateTimeOffset at) =>
        RecipientProgress.Of(
            Sends.Where(send => send.Timelines.ContainsKey(recipientIndex)).Select(send => send.Timelines[recipientIndex]),
            at);
}

/// <summary>One send of a batch: when, and the funnel drawn for each recipient it went to (by recipient index).</summary>
internal sealed record EmailSend(int Index, DateTimeOffset SentAt, IReadOnlyDictionary<int, RecipientTimeline> Timelines);
