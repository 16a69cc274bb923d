using System.Globalization;
using CampaignOrchestrator.Campaigns.Scheduling;

namespace CampaignOrchestrator.Campaigns.Tests.Scheduling;

public sealed class ScheduledRunIdsTests
{
    [Theory]
    [InlineData("2026-11-30T09:00:00Z", "weekly-nps@20261130T0900Z")]
    [InlineData("2026-11-30T10:00:00+01:00", "weekly-nps@20261130T0900Z")]
    [InlineData("2026-03-08T07:00:00Z", "weekly-nps@20260308T0700Z")]
    public void For_Occurrence_FormatsItInUtcToTheMinute(string occurrence, string expected)
    {
        Assert.Equal(expected, ScheduledRunIds.For("weekly-nps", DateTimeOffset.Parse(occurrence, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TryReadOccurrence_OwnId_ReturnsTheOccurrenceInUtc()
    {
        Assert.True(ScheduledRunIds.TryReadOccurrence("weekly-nps", "weekly-nps@20261130T0900Z", out var occurrence));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), occurrence);
        Assert.Equal(TimeSpan.Zero, occurrence.Offset);
    }

    [Theory]
    [InlineData("weekly-nps-2@20261130T0900Z")]
    [InlineData("weekly@20261130T0900Z")]
    [InlineData("weekly-nps@manual")]
    [InlineData("weekly-nps@20261130T0900")]
    [InlineData("weekly-nps-0123456789abcdef")]
    public void TryReadOccurrence_OtherIds_ReturnsFalse(string instanceId)
    {
        Assert.False(ScheduledRunIds.TryReadOccurrence("weekly-nps", instanceId, out _));
    }
}
