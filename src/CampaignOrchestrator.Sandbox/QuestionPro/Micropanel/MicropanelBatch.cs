namespace CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;

/// <summary>A micropanel invitation batch; its delivery status follows simulated time.</summary>
internal sealed record MicropanelBatch(long Id, long SurveyId, long SenderUserId, DateTimeOffset CreatedAt, DateTimeOffset? ClosureAt)
{
    /// <summary>How long (simulated) a new batch stays "Queued".</summary>
    public static readonly TimeSpan QueuedFor = TimeSpan.FromMinutes(1);

    /// <summary>How long (simulated) after creation delivery completes.</summary>
    public static readonly TimeSpan DeliveredAfter = TimeSpan.FromMinutes(10);

    public string StatusAt(DateTimeOffset now)
    {
        if (ClosureAt is { } closure && now >= closure)
        {
            return "Closed";
        }

        var age = now - CreatedAt;
        return age < QueuedFor ? "Queued" : age < DeliveredAfter ? "Delivery In Progress" : "Delivery Successful";
    }
}
