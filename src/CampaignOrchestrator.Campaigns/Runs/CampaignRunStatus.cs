using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>A run's custom status, published at every step and visible through the management API.</summary>
/// <param name="Phase">One of <see cref="CampaignRunPhases"/>.</param>
/// <param name="Campaign">The campaign name.</param>
/// <param name="RunTag">The run's tag (in every batch name); <see langword="null"/> before it is made.</param>
/// <param name="ProgressPercent">0–100: the further of taken/target and elapsed/run time; <see langword="null"/> when neither is set.</param>
/// <param name="NextCheckAt">When the run wakes next (poll, wave or deadline).</param>
/// <param name="StopAt">When the run stops at the latest.</param>
/// <param name="Polls">Statistics polls so far.</param>
/// <param name="LastPollAt">When statistics were last polled.</param>
/// <param name="LastPollError">The last poll failure that outlived its retries (the run goes on); <see langword="null"/> after a good poll.</param>
/// <param name="TakenTotal">Completed responses over every wave.</param>
/// <param name="TakenTarget">The target, if any.</param>
/// <param name="Waves">Each wave's latest statistics.</param>
/// <param name="Micropanel">The micropanel batch.</param>
/// <param name="Approval">What the run waits for in <c>awaiting-approval</c>.</param>
/// <param name="Awaiting">What is ambiguous in <c>awaiting-operator</c>.</param>
/// <param name="Outcome">How the run ended, once <c>completed</c>.</param>
public sealed record CampaignRunStatus(
    string Phase,
    string Campaign,
    string? RunTag,
    int? ProgressPercent,
    DateTimeOffset? NextCheckAt,
    DateTimeOffset? StopAt,
    int Polls,
    DateTimeOffset? LastPollAt,
    string? LastPollError,
    int TakenTotal,
    int? TakenTarget,
    IReadOnlyList<WaveProgress> Waves,
    MicropanelProgress? Micropanel,
    ApprovalWait? Approval,
    OperatorRequest? Awaiting,
    CampaignRunOutcome? Outcome);

/// <summary>One wave in the custom status.</summary>
/// <param name="Name">The wave name.</param>
/// <param name="DueAt">When it is (or was) due; <see langword="null"/> before sending starts.</param>
/// <param name="BatchId">Its batch, once sent.</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="Statistics">The latest statistics.</param>
/// <param name="TakenRate">Taken / sent.</param>
/// <param name="RemindersSent">Reminders sent so far.</param>
public sealed record WaveProgress(string Name, DateTimeOffset? DueAt, long? BatchId, DateTimeOffset? SentAt, EmailBatchStatistics? Statistics, double TakenRate, int RemindersSent);

/// <summary>The micropanel batch in the custom status.</summary>
/// <param name="BatchId">The batch, once created.</param>
/// <param name="Status">The vendor's latest status text.</param>
/// <param name="Skipped">Whether an operator chose to go on without it.</param>
public sealed record MicropanelProgress(long? BatchId, string? Status, bool Skipped);

/// <summary>The approval a run waits for.</summary>
/// <param name="DecideBy">When the approval times out.</param>
/// <param name="OnTimeout">What happens then: <c>reject</c> or <c>approve</c>.</param>
public sealed record ApprovalWait(DateTimeOffset DecideBy, string OnTimeout);

/// <summary>An ambiguous send an operator must settle with the <c>resolve</c> event.</summary>
/// <param name="What"><c>micropanel</c> or <c>reminder</c>.</param>
/// <param name="Description">Which send, in a sentence.</param>
/// <param name="OperationKey">Its idempotency key (may be echoed in the <c>resolve</c> payload).</param>
/// <param name="BatchId">The email batch a reminder was for; <see langword="null"/> for a micropanel batch.</param>
/// <param name="Message">Why it is ambiguous.</param>
/// <param name="Since">When the run started waiting.</param>
/// <param name="Actions">The accepted actions, e.g. <c>resend</c>, <c>skip</c>, <c>use</c>.</param>
public sealed record OperatorRequest(string What, string Description, string OperationKey, long? BatchId, string Message, DateTimeOffset Since, IReadOnlyList<string> Actions);
