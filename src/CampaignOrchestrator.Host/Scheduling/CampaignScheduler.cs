using CampaignOrchestrator.Campaigns.Catalog;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Scheduling;
using CampaignOrchestrator.Durable.Client;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>
/// One scheduler pass (<see cref="TickAsync"/>): read the catalog, hold or seek the scheduler lease, and — when this
/// process holds it — start a <c>CampaignRun</c> for every occurrence of every valid schedule that has come due, with
/// the instance id <c>{campaign}@{yyyyMMddTHHmmZ}</c>, following the campaign's catch-up policy for missed ones.
/// </summary>
/// <remarks>
/// <para>
/// <b>The high-water mark is derived, not stored.</b> A campaign's last handled occurrence is the latest occurrence
/// among the instances that exist with its scheduled-run ids. A table of marks would be a second record of the same
/// fact, written after the run in a separate step: a crash between the two leaves them disagreeing, and every backend
/// (SQLite now, Azure Storage next) would need that table. The run itself cannot disagree with itself, survives any
/// crash, is visible to whichever process holds the lease next, and travels with the store when it is copied or
/// restored. What the instances cannot tell is kept in memory: when this process first saw a schedule (a campaign
/// added, or a schedule edited, while it runs catches up nothing from before), and how far each schedule was checked
/// (so missed occurrences skipped by <c>catchUp</c> are not reconsidered every pass).
/// </para>
/// <para>
/// Known limits of that choice: a campaign that has never run, or whose runs were all purged, counts as new when a
/// process starts, so an occurrence it missed while no scheduler was up is not caught up; and purging the newest run
/// of a campaign lowers its mark, so a restarted process may catch that occurrence up again.
/// </para>
/// </remarks>
internal sealed class CampaignScheduler
{
    private readonly ICampaignCatalog _catalog;
    private readonly DurableClient _client;
    private readonly ScheduledRunHistory _history;
    private readonly SchedulerLease _lease;
    private readonly SchedulerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Dictionary<ScheduleKey, ScheduleTracking> _tracked = [];
    private bool _catalogSeen;

    /// <summary>Creates the scheduler.</summary>
    /// <param name="catalog">The stored campaigns, read on every pass.</param>
    /// <param name="client">Starts runs.</param>
    /// <param name="history">Reads the runs that exist.</param>
    /// <param name="lease">The scheduler lease.</param>
    /// <param name="options">The scheduler settings.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Logs runs started and occurrences skipped.</param>
    public CampaignScheduler(
        ICampaignCatalog catalog,
        DurableClient client,
        ScheduledRunHistory history,
        SchedulerLease lease,
        IOptions<SchedulerOptions> options,
        TimeProvider timeProvider,
        ILogger<CampaignScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _history = history ?? throw new ArgumentNullException(nameof(history));
        _lease = lease ?? throw new ArgumentNullException(nameof(lease));
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Runs one pass.</summary>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>What the pass did and when the next one is due.</returns>
    public async Task<SchedulerTick> TickAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();

        // Every process follows the catalog, holder or not, so that it knows when each schedule appeared if it takes over.
        var schedules = await ReadSchedulesAsync(now, cancellationToken);
        var holdsLease = await _lease.RefreshAsync(cancellationToken);
        var started = new List<string>();
        for (var i = 0; holdsLease && i < schedules.Count; i++)
        {
            try
            {
                holdsLease = await ScheduleAsync(schedules[i], now, started, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.CampaignSchedulingFailed(schedules[i].Campaign, exception);
            }
        }

        var wakeAt = now + _options.RenewInterval;
        foreach (var schedule in schedules)
        {
            if (schedule.Calendar.NextAfter(now) is { } next && next < wakeAt)
            {
                wakeAt = next;
            }
        }

        return new SchedulerTick(now, holdsLease, started, wakeAt);
    }

    private async Task<List<TrackedSchedule>> ReadSchedulesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entries = await _catalog.ListAsync(cancellationToken);
        var atStartup = !_catalogSeen;
        _catalogSeen = true;
        var schedules = new List<TrackedSchedule>();
        foreach (var entry in entries)
        {
            if (!entry.IsValid || entry.Definition.Schedule is not { } schedule)
            {
                continue;
            }

            // The definition was validated with this same calendar, so building it cannot fail.
            var calendar = ScheduleCalendar.Create(schedule);
            var key = new ScheduleKey(entry.Name, calendar.Cron, calendar.TimeZone.Id);
            if (!_tracked.TryGetValue(key, out var tracking))
            {
                tracking = new ScheduleTracking(now, atStartup);
                _tracked[key] = tracking;
            }

            schedules.Add(new TrackedSchedule(entry.Definition, calendar, tracking));
        }

        // A schedule removed or edited is forgotten, so that it counts as new if it comes back.
        var current = schedules.Select(s => new ScheduleKey(s.Campaign, s.Calendar.Cron, s.Calendar.TimeZone.Id)).ToHashSet();
        foreach (var gone in _tracked.Keys.Where(key => !current.Contains(key)).ToList())
        {
            _tracked.Remove(gone);
        }

        return schedules;
    }

    /// <returns><see langword="false"/> when the lease turned out to be lost before a start.</returns>
    private async Task<bool> ScheduleAsync(TrackedSchedule schedule, DateTimeOffset now, List<string> started, CancellationToken cancellationToken)
    {
        var tracking = schedule.Tracking;
        if (tracking.CheckedThrough is { } checkedThrough && !(schedule.Calendar.LatestAtOrBefore(now) > checkedThrough))
        {
            tracking.CheckedThrough = now;
            return true;
        }

        var runs = await _history.ListAsync(schedule.Campaign, cancellationToken);
        var after = LowerBound(tracking, runs.Count > 0 ? runs[^1].Occurrence : null);
        var plan = CatchUpPlanner.Plan(schedule.Calendar, schedule.Schedule, after, now, _options.LateAfter);
        if (plan is { Skipped: > 0, FirstSkipped: { } first, LastSkipped: { } last })
        {
            _logger.MissedOccurrencesSkipped(plan.Skipped, schedule.Campaign, first, last, schedule.Schedule.CatchUp);
        }

        foreach (var occurrence in plan.Start)
        {
            // The fencing check: a process that lost the lease since the pass began starts nothing more.
            if (!await _lease.ConfirmAsync(cancellationToken))
            {
                return false;
            }

            var instanceId = ScheduledRunIds.For(schedule.Campaign, occurrence);
            if (await _client.StartCampaignRunIfAbsentAsync(schedule.Definition, instanceId, cancellationToken))
            {
                started.Add(instanceId);
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    _logger.ScheduledRunStarted(instanceId, schedule.Campaign, occurrence, schedule.Calendar.ToLocal(occurrence), schedule.Calendar.TimeZone.Id);
                }
            }
        }

        tracking.CheckedThrough = now;
        return true;
    }

    /// <summary>
    /// Only occurrences after this are due: the last run's occurrence, and for a schedule this process saw appear (or
    /// one without any run yet) no earlier than when it was first seen; never at or before the last pass that checked it.
    /// </summary>
    private static DateTimeOffset LowerBound(ScheduleTracking tracking, DateTimeOffset? lastRun)
    {
        var after = tracking.SeenAtStartup && lastRun is { } resumeFrom ? resumeFrom : Later(tracking.FirstSeen, lastRun);
        return Later(after, tracking.CheckedThrough);
    }

    private static DateTimeOffset Later(DateTimeOffset instant, DateTimeOffset? other) => other is { } value && value > instant ? value : instant;
}
