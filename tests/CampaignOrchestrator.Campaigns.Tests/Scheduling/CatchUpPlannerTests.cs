using System.Globalization;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Scheduling;

namespace CampaignOrchestrator.Campaigns.Tests.Scheduling;

/// <summary>An hourly schedule, last handled at 00:00, planned at 05:20 with a 15-minute tolerance: 01:00-05:00 missed.</summary>
public sealed class CatchUpPlannerTests
{
    private static readonly DateTimeOffset LastHandled = Instant("2026-06-01T00:00Z");
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData("latest", null, "05:00", 4, "01:00", "04:00")]
    [InlineData("none", null, "", 5, "01:00", "05:00")]
    [InlineData("all", null, "01:00 02:00 03:00 04:00 05:00", 0, null, null)]
    [InlineData("all", 2, "04:00 05:00", 3, "01:00", "03:00")]
    [InlineData("all", 1, "05:00", 4, "01:00", "04:00")]
    public void Plan_AfterDowntime_FollowsThePolicy(string policy, int? max, string started, int skipped, string? firstSkipped, string? lastSkipped)
    {
        var plan = Plan(policy, max, LastHandled, Instant("2026-06-01T05:20Z"));

        Assert.Equal(started, Times(plan.Start));
        Assert.Equal(skipped, plan.Skipped);
        Assert.Equal(firstSkipped, Time(plan.FirstSkipped));
        Assert.Equal(lastSkipped, Time(plan.LastSkipped));
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("none")]
    [InlineData("all")]
    public void Plan_OccurrenceWithinTolerance_StartsItWhateverThePolicy(string policy)
    {
        var plan = Plan(policy, null, Instant("2026-06-01T04:00Z"), Instant("2026-06-01T05:14Z"));

        Assert.Equal("05:00", Times(plan.Start));
        Assert.Equal(0, plan.Skipped);
    }

    [Fact]
    public void Plan_MissedAndOnTime_StartsTheKeptMissedOnesFirst()
    {
        var plan = Plan("latest", null, LastHandled, Instant("2026-06-01T05:05Z"));

        Assert.Equal("04:00 05:00", Times(plan.Start));
        Assert.Equal(3, plan.Skipped);
    }

    [Fact]
    public void Plan_NothingDue_IsEmpty()
    {
        var plan = Plan("all", null, LastHandled, Instant("2026-06-01T00:59Z"));

        Assert.Empty(plan.Start);
        Assert.Equal(0, plan.Skipped);
    }

    [Fact]
    public void Plan_AllWithoutCap_KeepsTheDefaultNumber()
    {
        var plan = Plan("all", null, LastHandled, Instant("2026-06-03T00:30Z"));

        Assert.Equal(CatchUpPlanner.DefaultMaxCatchUp, plan.Start.Count);
        Assert.Equal(48 - CatchUpPlanner.DefaultMaxCatchUp, plan.Skipped);
        Assert.Equal(Instant("2026-06-03T00:00Z"), plan.Start[^1]);
    }

    [Fact]
    public void Plan_LongOutageOfAFrequentSchedule_WalksEveryOccurrenceOnce()
    {
        var schedule = new CampaignSchedule { Cron = "* * * * *", CatchUp = CatchUpPolicy.Latest };

        var plan = CatchUpPlanner.Plan(ScheduleCalendar.Create(schedule), schedule, LastHandled, LastHandled.AddDays(30), TimeSpan.Zero);

        Assert.Equal([LastHandled.AddDays(30)], plan.Start);
        Assert.Equal((30 * 24 * 60) - 1, plan.Skipped);
    }

    private static CatchUpPlan Plan(string policy, int? max, DateTimeOffset after, DateTimeOffset now)
    {
        var schedule = new CampaignSchedule
        {
            Cron = "0 * * * *",
            CatchUp = Enum.Parse<CatchUpPolicy>(policy, ignoreCase: true),
            MaxCatchUp = max,
        };
        return CatchUpPlanner.Plan(ScheduleCalendar.Create(schedule), schedule, after, now, LateAfter);
    }

    private static string Times(IEnumerable<DateTimeOffset> instants) => string.Join(" ", instants.Select(i => Time(i)));

    private static string? Time(DateTimeOffset? instant) => instant?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
