namespace CampaignOrchestrator.Campaigns.Reports;

/// <summary>What one email wave achieved, from its batch's latest statistics.</summary>
/// <param name="Name">The wave name.</param>
/// <param name="BatchId">The QuestionPro batch; <see langword="null"/> when the wave was never sent.</param>
/// <param name="SentAt">When the batch was created; <see langword="null"/> when never sent.</param>
/// <param name="Sent">Emails delivered (<c>sentCount</c>).</param>
/// <param name="Viewed">Recipients who opened the invitation.</param>
/// <param name="Started">Recipients who started the survey.</param>
/// <param name="Taken">Recipients who completed the survey.</param>
/// <param name="Errors">Emails that bounced (<c>errorCount</c>).</param>
/// <param name="Blocked">Emails blocked.</param>
/// <param name="Unsubscribed">Recipients who unsubscribed.</param>
/// <param name="ResponseRate">Taken / sent, 0 when nothing was sent, rounded to 4 decimals.</param>
/// <param name="RemindersSent">How many reminders were sent.</param>
/// <param name="Reminders">Each reminder of the definition, in order.</param>
public sealed record WaveReport(
    string Name,
    long? BatchId,
    DateTimeOffset? SentAt,
    int Sent,
    int Viewed,
    int Started,
    int Taken,
    int Errors,
    int Blocked,
    int Unsubscribed,
    double ResponseRate,
    int RemindersSent,
    IReadOnlyList<ReminderReport> Reminders);

/// <summary>What became of one reminder.</summary>
/// <param name="Number">Its position in the wave's <c>reminders</c>, from 1.</param>
/// <param name="Status"><c>sent</c>, <c>skipped</c> (taken rate already reached, or an operator's decision) or <c>pending</c> (never due).</param>
/// <param name="At">When it was sent or skipped.</param>
/// <param name="Note">Why it was skipped, or how it was settled.</param>
public sealed record ReminderReport(int Number, string Status, DateTimeOffset? At, string? Note);
