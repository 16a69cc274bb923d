using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Scheduling;

/// <summary>
/// Decides which occurrences of a schedule to start: every occurrence that came due on time, and of the missed ones
/// (due longer ago than the scheduler's tolerance, i.e. while no scheduler was running) those the campaign's
/// <c>catchUp</c> policy keeps — the most recent one (<c>latest</c>), none (<c>none</c>), or the most recent
/// <c>maxCatchUp</c> (<c>all</c>).
/// </summary>
public static class CatchUpPlanner
{
    /// <summary>How many missed occurrences <c>catchUp: "all"</c> starts when <c>maxCatchUp</c> is not given.</summary>
    public const int DefaultMaxCatchUp = 10;

    /// <summary>Plans one scheduling pass.</summary>
    /// <param name="calendar">The schedule's occurrences.</param>
    /// <param name="schedule">The schedule (its catch-up policy and cap).</param>
    /// <param name="after">The occurrence handled last (or the instant the campaign was first seen): only later ones are due.</param>
    /// <param name="now">The current time: occurrences up to and including it are due.</param>
    /// <param name="lateAfter">How long after its time an occurrence still counts as on time rather than missed.</param>
    /// <returns>The plan.</returns>
    public static CatchUpPlan Plan(ScheduleCalendar calendar, CampaignSchedule schedule, DateTimeOffset after, DateTimeOffset now, TimeSpan lateAfter)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfLessThan(lateAfter, TimeSpan.Zero);
        var keep = KeptMissedOccurrences(schedule);
        var onTimeFrom = now - lateAfter;

        // Only the most recent missed occurrences can be kept, so a long outage of a frequent schedule is walked
        // through once without holding all of its occurrences.
        var kept = new Queue<DateTimeOffset>(keep + 1);
        var onTime = new List<DateTimeOffset>();
        var skipped = 0;
        DateTimeOffset? firstSkipped = null;
        DateTimeOffset? lastSkipped = null;
        foreach (var occurrence in calendar.Between(after, now))
        {
            if (occurrence > onTimeFrom)
            {
                onTime.Add(occurrence);
                continue;
            }

            kept.Enqueue(occurrence);
            if (kept.Count > keep)
            {
                var dropped = kept.Dequeue();
                skipped++;
                firstSkipped ??= dropped;
                lastSkipped = dropped;
            }
        }

        return new CatchUpPlan([.. kept, .. onTime], skipped, firstSkipped, lastSkipped);
    }

    private static int KeptMissedOccurrences(CampaignSchedule schedule) => schedule.CatchUp switch
    {
        CatchUpPolicy.None => 0,
        CatchUpPolicy.All => Math.Max(1, schedule.MaxCatchUp ?? DefaultMaxCatchUp),
        _ => 1,
    };
}
