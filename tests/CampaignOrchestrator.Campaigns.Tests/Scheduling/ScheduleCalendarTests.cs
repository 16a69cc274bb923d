using System.Globalization;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Scheduling;

namespace CampaignOrchestrator.Campaigns.Tests.Scheduling;

public sealed class ScheduleCalendarTests
{
    [Theory]
    [InlineData("0 9 * * MON", "Europe/Paris")]
    [InlineData("*/15 8-18 * * mon-fri", "UTC")]
    [InlineData("0 0 29 2 *", "Asia/Kolkata")]
    [InlineData(" 0\t9 * * * ", "America/New_York")]
    public void TryCreate_ValidSchedule_BuildsTheCalendar(string cron, string zone)
    {
        Assert.True(ScheduleCalendar.TryCreate(cron, zone, out var calendar, out var failures));
        Assert.Empty(failures);
        Assert.Equal(zone, calendar.TimeZone.Id);
        Assert.Equal(cron.Trim(), calendar.Cron);
    }

    [Theory]
    [InlineData(null, "UTC", "$.schedule.cron", "required")]
    [InlineData("0 9 L * *", "UTC", "$.schedule.cron", "field 3 (day-of-month): \"L\" is not a value of this field")]
    [InlineData("0 9 1-31/40 * *", "UTC", "$.schedule.cron", "The given cron expression has an invalid format. Days of month: Value must be a number between 1 and 31 (all inclusive).")]
    [InlineData("0 9 31 4 *", "UTC", "$.schedule.cron", "never occurs: no month has that day (e.g. 30 February)")]
    [InlineData("0 9 * * *", "Romance Standard Time", "$.schedule.timeZone", "must be an IANA time zone id, e.g. Europe/Paris or UTC")]
    [InlineData("0 9 * * *", "", "$.schedule.timeZone", "must be an IANA time zone id, e.g. Europe/Paris or UTC")]
    public void TryCreate_InvalidSchedule_NamesTheFieldAndTheRule(string? cron, string zone, string path, string message)
    {
        Assert.False(ScheduleCalendar.TryCreate(cron, zone, out var calendar, out var failures));
        Assert.Null(calendar);
        var failure = Assert.Single(failures);
        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    [Fact]
    public void Create_InvalidSchedule_ThrowsWithEveryProblem()
    {
        var exception = Assert.Throws<CampaignDefinitionException>(() => ScheduleCalendar.Create(new CampaignSchedule { Cron = "0 9", TimeZone = "Nowhere/Else" }));

        Assert.Equal(["$.schedule.cron", "$.schedule.timeZone"], exception.Failures.Select(f => f.Path));
    }

    [Fact]
    public void NextAfterAndLatestAtOrBefore_AroundAnOccurrence_ReturnUtcInstants()
    {
        var calendar = ScheduleCalendar.Create(new CampaignSchedule { Cron = "0 9 * * MON", TimeZone = "Europe/Paris" });
        var monday = Instant("2026-11-30T08:00Z");

        Assert.Equal(monday, calendar.NextAfter(Instant("2026-11-29T12:00Z")));
        Assert.Equal(Instant("2026-12-07T08:00Z"), calendar.NextAfter(monday));
        Assert.Equal(monday, calendar.LatestAtOrBefore(monday));
        Assert.Equal(Instant("2026-11-23T08:00Z"), calendar.LatestAtOrBefore(monday.AddTicks(-1)));
        Assert.Equal(TimeSpan.Zero, calendar.NextAfter(monday)!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(1), calendar.ToLocal(monday).Offset);
    }

    [Fact]
    public void Between_EmptyOrBackwardRange_ReturnsNothing()
    {
        var calendar = ScheduleCalendar.Create(new CampaignSchedule { Cron = "* * * * *" });
        var now = Instant("2026-11-30T08:00Z");

        Assert.Empty(calendar.Between(now, now));
        Assert.Empty(calendar.Between(now, now.AddMinutes(-5)));
        Assert.Equal([now.AddMinutes(1), now.AddMinutes(2)], calendar.Between(now, now.AddMinutes(2)));
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
