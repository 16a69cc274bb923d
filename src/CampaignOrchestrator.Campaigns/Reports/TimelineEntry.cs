namespace CampaignOrchestrator.Campaigns.Reports;

/// <summary>One thing that happened in a run.</summary>
/// <param name="At">When (the orchestration's time).</param>
/// <param name="Event">What, as a short kebab-case name: <c>run-started</c>, <c>wave-sent</c>, <c>reminder-sent</c>, ...</param>
/// <param name="Detail">A sentence for people.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Event, string Detail);
