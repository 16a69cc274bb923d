using CampaignOrchestrator.Host.Scheduling;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// Missed occurrences after downtime: an hourly campaign runs at 01:00 and 02:00, the scheduler is down from 02:00 to
/// 07:30 (03:00 to 07:00 missed; an occurrence is missed once older than lease + poll = 15 minutes), then a new
/// process takes over and follows the campaign's catchUp policy.
/// </summary>
public abstract class SchedulerCatchUpTests(StoreBackend backend) : SchedulerTestBase(backend)
{
    private static readonly SchedulerOptions Quick = new() { PollInterval = TimeSpan.FromMinutes(5), LeaseDuration = TimeSpan.FromMinutes(10) };

    [Theory]
    [InlineData("latest", null, "0700", 4)]
    [InlineData(null, null, "0700", 4)]
    [InlineData("none", null, "", 5)]
    [InlineData("all", 3, "0500 0600 0700", 2)]
    [InlineData("all", null, "0300 0400 0500 0600 0700", 0)]
    public async Task Restart_AfterDowntime_FollowsTheCatchUpPolicy(string? catchUp, int? maxCatchUp, string caughtUp, int skipped)
    {
        var (before, after) = await OutageAsync(catchUp, maxCatchUp);

        var expected = caughtUp.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(time => $"hourly@20260105T{time}Z").ToList();
        Assert.Equal(["hourly@20260105T0100Z", "hourly@20260105T0200Z"], before.StartedByThisProcess());
        Assert.Equal(expected, after.StartedByThisProcess());
        Assert.Equal(["hourly@20260105T0100Z", "hourly@20260105T0200Z", .. expected], await after.RunIdsAsync("hourly"));
        var skippedLog = after.Logs.GetSnapshot().Where(r => r.Id.Id == 2305).ToList();
        Assert.Equal(skipped, skippedLog.Count == 0 ? 0 : int.Parse(skippedLog.Single().StructuredState!.First(p => p.Key == "Count").Value!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Restart_AfterDowntime_SkipsOnlyOnceAndRunsTheNextOccurrenceOnTime()
    {
        var (_, after) = await OutageAsync("none");

        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T09:00Z"), after);

        Assert.Equal(["hourly@20260105T0800Z", "hourly@20260105T0900Z"], after.StartedByThisProcess());
        Assert.Single(after.Logs.GetSnapshot(), r => r.Id.Id == 2305);
    }

    [Fact]
    public async Task Restart_WithinTheTolerance_RunsTheOccurrenceEvenWithCatchUpNone()
    {
        Campaigns.Add("hourly", "0 * * * *", catchUp: "none");
        var before = await StartedAsync("before-restart", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T02:55Z"), before);
        await before.StopAsync();

        Clock.SetUtcNow(At("2026-01-05T03:10Z"));
        var after = await StartedAsync("after-restart", Quick);

        Assert.Equal(["hourly@20260105T0300Z"], after.StartedByThisProcess());
    }

    [Fact]
    public async Task CampaignAddedWhileRunning_CatchesUpNothingFromBeforeItWasSeen()
    {
        var process = await StartedAsync("scheduler-a", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T10:20Z"), process);

        Campaigns.Add("added", "0 * * * *", catchUp: "all", maxCatchUp: 5);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T11:00Z"), process);

        Assert.Equal(["added@20260105T1100Z"], await process.RunIdsAsync("added"));
    }

    [Fact]
    public async Task CampaignWithoutRunsAtStartup_CatchesUpNothingFromBeforeTheStart()
    {
        Clock.SetUtcNow(At("2026-01-05T10:20Z"));
        Campaigns.Add("never-ran", "0 * * * *", catchUp: "all", maxCatchUp: 5);

        var process = await StartedAsync("scheduler-a", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T11:00Z"), process);

        Assert.Equal(["never-ran@20260105T1100Z"], await process.RunIdsAsync("never-ran"));
    }

    [Fact]
    public async Task ScheduleEditedWhileRunning_CatchesUpNothingFromBeforeTheEdit()
    {
        Campaigns.Add("edited", "0 * * * *", catchUp: "all");
        var process = await StartedAsync("scheduler-a", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T02:50Z"), process);

        Campaigns.Add("edited", "15 * * * *", catchUp: "all");
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T03:15Z"), process);

        Assert.Equal(["edited@20260105T0100Z", "edited@20260105T0200Z", "edited@20260105T0315Z"], await process.RunIdsAsync("edited"));
    }

    [Fact]
    public async Task CampaignRemoved_StartsNothingMore()
    {
        Campaigns.Add("removed", "0 * * * *");
        var process = await StartedAsync("scheduler-a", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T01:30Z"), process);

        Campaigns.Remove("removed");
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T03:30Z"), process);

        Assert.Equal(["removed@20260105T0100Z"], await process.RunIdsAsync("removed"));
    }

    /// <summary>Runs 01:00 and 02:00 in one process, stops it, and starts another at 07:30 (its first pass done).</summary>
    private async Task<(SchedulerProcess Before, SchedulerProcess After)> OutageAsync(string? catchUp, int? maxCatchUp = null)
    {
        Campaigns.Add("hourly", "0 * * * *", catchUp: catchUp, maxCatchUp: maxCatchUp);
        var before = await StartedAsync("before-outage", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T02:00Z"), before);
        await before.StopAsync();

        Clock.SetUtcNow(At("2026-01-05T07:30Z"));
        return (before, await StartedAsync("after-outage", Quick));
    }
}
