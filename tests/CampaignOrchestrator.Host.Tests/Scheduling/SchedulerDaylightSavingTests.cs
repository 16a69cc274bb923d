using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// The scheduler on a fake clock across daylight-saving changes: a daily campaign runs once per local day, at the
/// instants Cronos defines (listed explicitly, in UTC, as the run ids carry them).
/// </summary>
public abstract class SchedulerDaylightSavingTests(StoreBackend backend) : SchedulerTestBase(backend)
{
    [Theory]
    // Spring forward: 02:30 (01:30 in London) does not exist on the change day and fires once, at the end of the gap.
    [InlineData("America/New_York", "30 2 * * *", "2026-03-07T00:00Z", "2026-03-10T00:00Z", "20260307T0730Z 20260308T0700Z 20260309T0630Z")]
    [InlineData("Europe/London", "30 1 * * *", "2026-03-27T12:00Z", "2026-03-30T12:00Z", "20260328T0130Z 20260329T0100Z 20260330T0030Z")]
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-10-02T00:00Z", "2026-10-05T00:00Z", "20261002T1630Z 20261003T1600Z 20261004T1530Z")]
    [InlineData("Asia/Kolkata", "30 2 * * *", "2026-03-06T12:00Z", "2026-03-09T12:00Z", "20260306T2100Z 20260307T2100Z 20260308T2100Z")]
    // Fall back: 01:30 (02:30 in Sydney) happens twice on the change day and fires once, the first time.
    [InlineData("America/New_York", "30 1 * * *", "2026-10-31T00:00Z", "2026-11-03T00:00Z", "20261031T0530Z 20261101T0530Z 20261102T0630Z")]
    [InlineData("Europe/London", "30 1 * * *", "2026-10-23T12:00Z", "2026-10-26T12:00Z", "20261024T0030Z 20261025T0030Z 20261026T0130Z")]
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-04-03T00:00Z", "2026-04-06T00:00Z", "20260403T1530Z 20260404T1530Z 20260405T1630Z")]
    public async Task DailySchedule_AcrossTheChange_StartsOneRunPerLocalDay(string zone, string cron, string from, string until, string expected)
    {
        Clock.SetUtcNow(At(from));
        Campaigns.Add("daily", cron, zone);
        var process = await StartedAsync("scheduler-a");

        await SchedulerClock.RunUntilAsync(Clock, At(until), process);

        var expectedIds = expected.Split(' ').Select(occurrence => "daily@" + occurrence).ToList();
        Assert.Equal(expectedIds, await process.RunIdsAsync("daily"));
        Assert.Equal(expectedIds, process.StartedByThisProcess());
    }

    [Fact]
    public async Task HalfHourlySchedule_OverFallBack_StartsBothInstancesOfTheRepeatedHour()
    {
        Clock.SetUtcNow(At("2026-11-01T04:00Z"));
        Campaigns.Add("half-hourly", "*/30 1 * * *", "America/New_York");
        var process = await StartedAsync("scheduler-a");

        await SchedulerClock.RunUntilAsync(Clock, At("2026-11-01T08:00Z"), process);

        Assert.Equal(
            ["half-hourly@20261101T0500Z", "half-hourly@20261101T0530Z", "half-hourly@20261101T0600Z", "half-hourly@20261101T0630Z"],
            await process.RunIdsAsync("half-hourly"));
    }

    [Fact]
    public async Task Pass_WithAScheduledCampaign_WakesAtTheNextOccurrenceRatherThanTheNextPoll()
    {
        Clock.SetUtcNow(At("2026-03-08T06:50Z"));
        Campaigns.Add("daily", "30 2 * * *", "America/New_York");

        var process = await StartedAsync("scheduler-a");

        Assert.Equal(At("2026-03-08T07:00Z"), process.Ticks.Last!.WakeAt);
    }
}
