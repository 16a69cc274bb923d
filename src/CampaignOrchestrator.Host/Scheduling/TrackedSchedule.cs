using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Scheduling;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>A valid stored campaign with a schedule, as one scheduler pass sees it.</summary>
/// <param name="Definition">The definition (runs start with a snapshot of it).</param>
/// <param name="Calendar">Its schedule's occurrences.</param>
/// <param name="Tracking">What this process remembers about the schedule.</param>
internal sealed record TrackedSchedule(CampaignDefinition Definition, ScheduleCalendar Calendar, ScheduleTracking Tracking)
{
    /// <summary>Gets the campaign name.</summary>
    public string Campaign => Definition.Name;

    /// <summary>Gets the schedule.</summary>
    public CampaignSchedule Schedule => Definition.Schedule!;
}
