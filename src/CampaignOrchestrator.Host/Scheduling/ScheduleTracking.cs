namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>What a scheduler process remembers about one schedule between passes (in memory only).</summary>
/// <param name="FirstSeen">When this process first saw the schedule.</param>
/// <param name="SeenAtStartup">Whether the schedule was there at the process's first look at the catalog.</param>
internal sealed record ScheduleTracking(DateTimeOffset FirstSeen, bool SeenAtStartup)
{
    /// <summary>Gets or sets the time of the last pass that dealt with every occurrence up to it; <see langword="null"/> before the first.</summary>
    public DateTimeOffset? CheckedThrough { get; set; }
}
