namespace CampaignOrchestrator.Campaigns.Scheduling;

/// <summary>What one scheduling pass does with a campaign's occurrences that have come due.</summary>
/// <param name="Start">The occurrences to start, oldest first: those on time and those kept by the catch-up policy.</param>
/// <param name="Skipped">How many missed occurrences the catch-up policy leaves out.</param>
/// <param name="FirstSkipped">The oldest occurrence left out; <see langword="null"/> when none is.</param>
/// <param name="LastSkipped">The most recent occurrence left out; <see langword="null"/> when none is.</param>
public sealed record CatchUpPlan(IReadOnlyList<DateTimeOffset> Start, int Skipped, DateTimeOffset? FirstSkipped, DateTimeOffset? LastSkipped)
{
    /// <summary>Gets the most recent occurrence this plan deals with (started or skipped); <see langword="null"/> when none came due.</summary>
    /// <remarks>Skipped occurrences are always older than started ones, so the last one started is the most recent.</remarks>
    public DateTimeOffset? HandledThrough => Start.Count > 0 ? Start[^1] : LastSkipped;
}
