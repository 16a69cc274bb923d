using System.Text.Json.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Where one email wave stands.</summary>
public sealed class WaveState
{
    /// <summary>Gets or sets the wave name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets when the wave is due (sending start + <c>startAfter</c>); <see langword="null"/> until sending starts.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Gets or sets the batch; <see langword="null"/> until sent.</summary>
    public long? BatchId { get; set; }

    /// <summary>Gets or sets the batch name sent (with the run's tag).</summary>
    public string? BatchName { get; set; }

    /// <summary>Gets or sets when the batch was created.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Gets or sets the monitoring round in which it was sent; reminders wait for a poll of a later round.</summary>
    public int SentInRound { get; set; }

    /// <summary>Gets or sets the number of emails in the batch.</summary>
    public int EmailCount { get; set; }

    /// <summary>Gets or sets the latest statistics; <see langword="null"/> until polled.</summary>
    public EmailBatchStatistics? Statistics { get; set; }

    /// <summary>Gets or sets the round of the latest poll.</summary>
    public int PolledInRound { get; set; }

    /// <summary>Gets or sets the reminders, in definition order.</summary>
    public List<ReminderState> Reminders { get; set; } = [];

    /// <summary>Gets the taken / sent ratio of the latest statistics (0 when nothing was delivered).</summary>
    [JsonIgnore]
    public double TakenRate => Statistics is { SentCount: > 0 } s ? (double)s.TakenCount / s.SentCount : 0;
}

/// <summary>Where one reminder stands.</summary>
public sealed class ReminderState
{
    /// <summary>The status of a reminder not decided yet.</summary>
    public const string Pending = "pending";

    /// <summary>The status of a sent reminder.</summary>
    public const string Sent = "sent";

    /// <summary>The status of a reminder that will not be sent.</summary>
    public const string Skipped = "skipped";

    /// <summary>Gets or sets its position in the wave's reminders, from 1.</summary>
    public int Number { get; set; }

    /// <summary>Gets or sets <see cref="Pending"/>, <see cref="Sent"/> or <see cref="Skipped"/>.</summary>
    public string Status { get; set; } = Pending;

    /// <summary>Gets or sets when it was sent or skipped.</summary>
    public DateTimeOffset? At { get; set; }

    /// <summary>Gets or sets why it was skipped, or how an operator settled it.</summary>
    public string? Note { get; set; }
}
