using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>The answer of <c>GET /api/schedules</c>.</summary>
/// <param name="SchedulerEnabled">Whether this process takes part in scheduling (<c>Scheduler:Enabled</c>).</param>
/// <param name="HoldsSchedulerLease">Whether this process holds the scheduler lease now, i.e. is the one starting scheduled runs.</param>
/// <param name="Now">The time the answer was computed at (UTC).</param>
/// <param name="Schedules">Every stored campaign with a schedule, by name; invalid ones with their errors.</param>
internal sealed record ScheduleListPayload(bool SchedulerEnabled, bool HoldsSchedulerLease, DateTime Now, IReadOnlyList<SchedulePayload> Schedules);

/// <summary>One campaign's schedule.</summary>
/// <param name="Campaign">The campaign name.</param>
/// <param name="Valid">Whether the campaign is valid, i.e. its schedule runs.</param>
/// <param name="Cron">The cron expression; <see langword="null"/> when invalid.</param>
/// <param name="TimeZone">The IANA time zone; <see langword="null"/> when invalid.</param>
/// <param name="CatchUp">The catch-up policy; <see langword="null"/> when invalid.</param>
/// <param name="MaxCatchUp">The cap of <c>catchUp: "all"</c> in effect; <see langword="null"/> for other policies.</param>
/// <param name="LastOccurrence">The latest occurrence at or before now; <see langword="null"/> when invalid or none.</param>
/// <param name="NextOccurrence">The first occurrence after now; <see langword="null"/> when invalid or none.</param>
/// <param name="RecentRuns">The most recent scheduled runs that exist, newest first.</param>
/// <param name="Errors">The campaign's problems by JSON path; <see langword="null"/> when valid.</param>
internal sealed record SchedulePayload(
    string Campaign,
    bool Valid,
    string? Cron,
    string? TimeZone,
    CatchUpPolicy? CatchUp,
    int? MaxCatchUp,
    OccurrencePayload? LastOccurrence,
    OccurrencePayload? NextOccurrence,
    IReadOnlyList<ScheduledRunPayload> RecentRuns,
    IDictionary<string, string[]>? Errors);

/// <summary>One occurrence of a schedule.</summary>
/// <param name="Utc">The occurrence in UTC.</param>
/// <param name="Local">The same instant in the schedule's time zone.</param>
/// <param name="InstanceId">The id its run has (or will have).</param>
/// <param name="RuntimeStatus">The run's status; <see langword="null"/> when no run exists for it.</param>
internal sealed record OccurrencePayload(DateTime Utc, DateTimeOffset Local, string InstanceId, string? RuntimeStatus);

/// <summary>A scheduled run that exists.</summary>
/// <param name="InstanceId">The run's instance id.</param>
/// <param name="OccurrenceUtc">The occurrence it was started for, in UTC.</param>
/// <param name="RuntimeStatus">Its runtime status.</param>
internal sealed record ScheduledRunPayload(string InstanceId, DateTime OccurrenceUtc, string RuntimeStatus);
