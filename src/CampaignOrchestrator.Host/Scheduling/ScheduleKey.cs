namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>Identifies a schedule as written: a campaign whose cron or time zone changes has a new schedule.</summary>
/// <param name="Campaign">The campaign name.</param>
/// <param name="Cron">The cron expression.</param>
/// <param name="TimeZone">The time zone id.</param>
internal readonly record struct ScheduleKey(string Campaign, string Cron, string TimeZone);
