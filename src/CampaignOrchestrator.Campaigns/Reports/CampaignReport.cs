namespace CampaignOrchestrator.Campaigns.Reports;

/// <summary>The output of a campaign run: what was sent, what it achieved, what happened when, and how the run ended.</summary>
/// <param name="Campaign">The campaign name.</param>
/// <param name="RunTag">The run's tag, which every batch name of the run carries.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="OutcomeDetail">Why, in a sentence.</param>
/// <param name="Waves">Each email wave, in definition order.</param>
/// <param name="RemindersSent">Reminders sent, over every wave.</param>
/// <param name="TakenTotal">Completed responses, over every wave.</param>
/// <param name="Micropanel">The micropanel batch; <see langword="null"/> when the campaign has none.</param>
/// <param name="Timeline">What happened when, in order.</param>
public sealed record CampaignReport(
    string Campaign,
    string RunTag,
    long SurveyId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    CampaignRunOutcome Outcome,
    string OutcomeDetail,
    IReadOnlyList<WaveReport> Waves,
    int RemindersSent,
    int TakenTotal,
    MicropanelReport? Micropanel,
    IReadOnlyList<TimelineEntry> Timeline);
