using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Definitions.Json;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("PT15M", 0, 0, 15, 0)]
    [InlineData("PT1M", 0, 0, 1, 0)]
    [InlineData("P3D", 3, 0, 0, 0)]
    [InlineData("P2D", 2, 0, 0, 0)]
    [InlineData("P1DT12H", 1, 12, 0, 0)]
    [InlineData("PT90M", 0, 1, 30, 0)]
    [InlineData("PT36H", 1, 12, 0, 0)]
    [InlineData("PT45S", 0, 0, 0, 45)]
    [InlineData("PT0S", 0, 0, 0, 0)]
    [InlineData("P1W", 7, 0, 0, 0)]
    public void TryParse_Duration_Reads(string text, int days, int hours, int minutes, int seconds)
    {
        Assert.True(IsoDuration.TryParse(text, out var value));
        Assert.Equal(new TimeSpan(days, hours, minutes, seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("15m")]
    [InlineData("00:15:00")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P1Y2D")]
    [InlineData(" PT1M")]
    [InlineData("pt15m")]
    [InlineData("P1WT1H")]
    [InlineData("PW")]
    public void TryParse_NotADuration_Refused(string? text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }

    [Theory]
    [InlineData(0, 15, 0, "PT15M")]
    [InlineData(3 * 24, 0, 0, "P3D")]
    [InlineData(36, 0, 0, "P1DT12H")]
    public void Format_Duration_WritesIso(int hours, int minutes, int seconds, string expected)
    {
        Assert.Equal(expected, IsoDuration.Format(new TimeSpan(hours, minutes, seconds)));
    }

    [Theory]
    [InlineData("$.monitoring.pollInterval", "PT1M")]
    [InlineData("$.monitoring.runFor", "P1DT12H")]
    [InlineData("$.approval.timeout", "PT90M")]
    [InlineData("$.emailInvites[1].startAfter", "PT0S")]
    [InlineData("$.emailInvites[0].reminders[0].after", "P1W")]
    public void Parse_DurationProperty_AcceptsIsoDurations(string path, string duration)
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit($"{path}=\"{duration}\""));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Failures));
    }

    [Fact]
    public void Parse_Durations_ReadIntoTimeSpans()
    {
        var definition = CampaignDefinitionParser.Parse(DefinitionDocuments.Valid).GetDefinitionOrThrow();

        Assert.Equal(TimeSpan.FromMinutes(15), definition.Monitoring.PollInterval);
        Assert.Equal(TimeSpan.FromDays(5), definition.Monitoring.RunFor);
        Assert.Equal(TimeSpan.FromDays(2), definition.Approval!.Timeout);
        Assert.Equal(TimeSpan.FromHours(6), definition.EmailInvites[1].StartAfter);
        Assert.Equal(TimeSpan.FromDays(2), definition.EmailInvites[0].Reminders[0].After);
    }
}
