namespace CampaignOrchestrator.Campaigns.Scheduling;

/// <summary>What one scheduling pass does with a campaign's occurrences that have come due.</summary>
/// <param name="Start">The occurrences to start, oldest first: those on time and those kept by the catch-up policy.</param>
/// <param name="Skipped">How many missed occurrences the catch-up policy leaves out.</param>
/// <param name="FirstSkipped">The oldest occurrence left out; <see langword="null"/> when none is.</param>
/// <param name="LastSkipped">The most recent occurrence left out; <see langword="null"/> when none is.</param>
public sealed record CatchUpPlan(IReadOnlyList<DateTimeOffset> Start, int Skipped, DateTimeOffset? FirstSkipped, DateTimeOffset? LastSkipped);
