using CampaignOrchestrator.Campaigns.Catalog;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Scheduling;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>Builds the schedules overview: every stored schedule, its last and next occurrences and its recent runs.</summary>
/// <param name="catalog">The stored campaigns.</param>
/// <param name="history">The scheduled runs that exist.</param>
/// <param name="lease">The scheduler lease.</param>
/// <param name="options">The scheduler settings.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class ScheduleOverview(
    ICampaignCatalog catalog, ScheduledRunHistory history, SchedulerLease lease, IOptions<SchedulerOptions> options, TimeProvider timeProvider)
{
    /// <summary>How many of the most recent runs each schedule lists.</summary>
    public const int RecentRunCount = 10;

    /// <summary>Reads the overview.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The overview.</returns>
    public async Task<ScheduleListPayload> ReadAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var schedules = new List<SchedulePayload>();
        foreach (var entry in await catalog.ListAsync(cancellationToken))
        {
            if (entry.IsValid && entry.Definition.Schedule is { } schedule)
            {
                schedules.Add(await DescribeAsync(entry.Name, schedule, now, cancellationToken));
            }
            else if (!entry.IsValid && (entry.HasSchedule || entry.Failures.Any(f => f.Path.StartsWith("$.schedule", StringComparison.Ordinal))))
            {
                schedules.Add(new SchedulePayload(
                    entry.Name, false, null, null, null, null, null, null, [], ValidationFailureGrouping.ByPath(entry.Failures)));
            }
        }

        var enabled = options.Value.Enabled;
        return new ScheduleListPayload(enabled, enabled && await lease.HoldsAsync(cancellationToken), now.UtcDateTime, schedules);
    }

    private async Task<SchedulePayload> DescribeAsync(string campaign, CampaignSchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var calendar = ScheduleCalendar.Create(schedule);
        var runs = await history.ListAsync(campaign, cancellationToken);
        var statuses = runs.ToDictionary(run => run.InstanceId, run => run.Status.ToString(), StringComparer.Ordinal);
        OccurrencePayload? Occurrence(DateTimeOffset? instant)
        {
            if (instant is not { } occurrence)
            {
                return null;
            }

            var instanceId = ScheduledRunIds.For(campaign, occurrence);
            return new OccurrencePayload(occurrence.UtcDateTime, calendar.ToLocal(occurrence), instanceId, statuses.GetValueOrDefault(instanceId));
        }

        return new SchedulePayload(
            campaign,
            true,
            calendar.Cron,
            calendar.TimeZone.Id,
            schedule.CatchUp,
            schedule.CatchUp == CatchUpPolicy.All ? schedule.MaxCatchUp ?? CatchUpPlanner.DefaultMaxCatchUp : null,
            Occurrence(calendar.LatestAtOrBefore(now)),
            Occurrence(calendar.NextAfter(now)),
            runs.Reverse().Take(RecentRunCount).Select(run => new ScheduledRunPayload(run.InstanceId, run.Occurrence.UtcDateTime, run.Status.ToString())).ToList(),
            null);
    }
}
