using System.Globalization;
using CampaignOrchestrator.Campaigns.Scheduling;

namespace CampaignOrchestrator.Campaigns.Tests.Scheduling;

/// <summary>
/// Occurrences across daylight-saving changes, as Cronos defines them, in zones of both hemispheres and one without
/// daylight saving. Each row lists every occurrence (UTC) over three local days around a change.
/// </summary>
public sealed class ScheduleCalendarDaylightSavingTests
{
    [Theory]
    // America/New_York, 8 March 2026: 02:00 EST jumps to 03:00 EDT; 02:30 fires once, at 03:00 EDT.
    [InlineData("America/New_York", "30 2 * * *", "2026-03-07T05:00Z", "2026-03-10T05:00Z", "2026-03-07T07:30Z 2026-03-08T07:00Z 2026-03-09T06:30Z")]
    [InlineData("America/New_York", "0 2 * * *", "2026-03-07T05:00Z", "2026-03-10T05:00Z", "2026-03-07T07:00Z 2026-03-08T07:00Z 2026-03-09T06:00Z")]
    // An interval inside the skipped hour fires once too.
    [InlineData("America/New_York", "*/30 2 * * *", "2026-03-08T05:00Z", "2026-03-09T04:00Z", "2026-03-08T07:00Z")]
    // Europe/London, 29 March 2026: 01:00 GMT jumps to 02:00 BST; 01:30 fires once, at 02:00 BST.
    [InlineData("Europe/London", "30 1 * * *", "2026-03-28T00:00Z", "2026-03-30T23:00Z", "2026-03-28T01:30Z 2026-03-29T01:00Z 2026-03-30T00:30Z")]
    // Australia/Sydney, 4 October 2026 (southern spring): 02:00 AEST jumps to 03:00 AEDT; 02:30 fires at 03:00 AEDT.
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-10-02T14:00Z", "2026-10-05T13:00Z", "2026-10-02T16:30Z 2026-10-03T16:00Z 2026-10-04T15:30Z")]
    // Asia/Kolkata has no daylight saving: 02:30 IST is 21:00 UTC the day before, every day.
    [InlineData("Asia/Kolkata", "30 2 * * *", "2026-03-06T18:30Z", "2026-03-09T18:30Z", "2026-03-06T21:00Z 2026-03-07T21:00Z 2026-03-08T21:00Z")]
    public void Between_SpringForward_FiresOnceOnTheChangeDay(string zone, string cron, string from, string to, string expected)
    {
        Assert.Equal(expected, Occurrences(zone, cron, from, to));
    }

    [Theory]
    // America/New_York, 1 November 2026: 02:00 EDT falls back to 01:00 EST; 01:30 fires once, at 01:30 EDT.
    [InlineData("America/New_York", "30 1 * * *", "2026-10-31T04:00Z", "2026-11-03T05:00Z", "2026-10-31T05:30Z 2026-11-01T05:30Z 2026-11-02T06:30Z")]
    // Europe/London, 25 October 2026: 02:00 BST falls back to 01:00 GMT; 01:30 fires once, at 01:30 BST.
    [InlineData("Europe/London", "30 1 * * *", "2026-10-23T23:00Z", "2026-10-27T00:00Z", "2026-10-24T00:30Z 2026-10-25T00:30Z 2026-10-26T01:30Z")]
    // Australia/Sydney, 5 April 2026 (southern autumn): 03:00 AEDT falls back to 02:00 AEST; 02:30 fires once, at 02:30 AEDT.
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-04-03T13:00Z", "2026-04-06T14:00Z", "2026-04-03T15:30Z 2026-04-04T15:30Z 2026-04-05T16:30Z")]
    // Asia/Kolkata: nothing changes in the autumn either.
    [InlineData("Asia/Kolkata", "30 1 * * *", "2026-10-30T18:30Z", "2026-11-02T18:30Z", "2026-10-30T20:00Z 2026-10-31T20:00Z 2026-11-01T20:00Z")]
    public void Between_FallBack_FiresOnceForATimeThatRepeats(string zone, string cron, string from, string to, string expected)
    {
        Assert.Equal(expected, Occurrences(zone, cron, from, to));
    }

    [Theory]
    // Intervals genuinely repeat in the repeated hour: each half hour of both 01:00-02:00 hours fires.
    [InlineData("America/New_York", "*/30 1 * * *", "2026-11-01T04:00Z", "2026-11-01T08:00Z", "2026-11-01T05:00Z 2026-11-01T05:30Z 2026-11-01T06:00Z 2026-11-01T06:30Z")]
    // Hourly fires every real hour through the change, 01:00 BST and 01:00 GMT included.
    [InlineData("Europe/London", "0 * * * *", "2026-10-24T22:30Z", "2026-10-25T03:00Z", "2026-10-24T23:00Z 2026-10-25T00:00Z 2026-10-25T01:00Z 2026-10-25T02:00Z 2026-10-25T03:00Z")]
    public void Between_IntervalOverFallBack_FiresInBothInstancesOfTheHour(string zone, string cron, string from, string to, string expected)
    {
        Assert.Equal(expected, Occurrences(zone, cron, from, to));
    }

    [Theory]
    [InlineData("America/New_York", "30 2 * * *", "2026-03-08T06:59Z", "2026-03-08T07:00Z")]
    [InlineData("America/New_York", "30 1 * * *", "2026-11-01T05:30Z", "2026-11-02T06:30Z")]
    [InlineData("Australia/Sydney", "30 2 * * *", "2026-04-04T15:30Z", "2026-04-05T16:30Z")]
    public void NextAfter_AroundAChange_AgreesWithTheTables(string zone, string cron, string after, string expected)
    {
        var calendar = Calendar(zone, cron);

        Assert.Equal(Instant(expected), calendar.NextAfter(Instant(after)));
    }

    private static ScheduleCalendar Calendar(string zone, string cron) =>
        ScheduleCalendar.TryCreate(cron, zone, out var calendar, out var failures) ? calendar : throw new InvalidOperationException(string.Join("; ", failures));

    private static string Occurrences(string zone, string cron, string from, string to) =>
        string.Join(" ", Calendar(zone, cron).Between(Instant(from), Instant(to)).Select(Format));

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static string Format(DateTimeOffset instant)
    {
        Assert.Equal(TimeSpan.Zero, instant.Offset);
        return instant.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
    }
}
