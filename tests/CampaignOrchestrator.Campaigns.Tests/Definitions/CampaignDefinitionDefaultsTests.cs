using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class CampaignDefinitionDefaultsTests
{
    private const string Minimal = """
        {
          "name": "minimal",
          "survey": { "id": 1001 },
          "emailInvites": [ { "name": "w", "mode": 1, "emailListId": 2001, "templateId": 3001 } ],
          "monitoring": { "takenTarget": 10 }
        }
        """;

    [Fact]
    public void Parse_MinimalDocument_AppliesDefaults()
    {
        var definition = CampaignDefinitionParser.Parse(Minimal).GetDefinitionOrThrow();

        Assert.Null(definition.Survey.Datacenter);
        Assert.Null(definition.Preflight);
        Assert.Null(definition.Approval);
        Assert.Null(definition.Micropanel);
        Assert.Null(definition.Schedule);
        Assert.Empty(definition.EmailInvites[0].Reminders);
        Assert.Null(definition.EmailInvites[0].StartAfter);
        Assert.Null(definition.EmailInvites[0].BatchName);
        Assert.Equal(TimeSpan.FromMinutes(15), definition.Monitoring.PollInterval);
        Assert.False(definition.Monitoring.StopWhenMicropanelCloses);
    }

    [Fact]
    public void Parse_OptionalObjectsWithDefaults_FillsThem()
    {
        var json = DefinitionDocuments.Edit(
            "$.preflight={}|$.approval={\"timeout\":\"P1D\"}|$.schedule={\"cron\":\"0 9 * * *\"}" +
            "|$.micropanel.sendOptions.automaticClosure={\"closureDateTime\":\"06/30/2027 18:00\"}");

        var definition = CampaignDefinitionParser.Parse(json).GetDefinitionOrThrow();

        Assert.True(definition.Preflight!.RequireOpen);
        Assert.Equal(ApprovalTimeoutAction.Reject, definition.Approval!.OnTimeout);
        Assert.Equal("UTC", definition.Schedule!.TimeZone);
        Assert.Equal(CatchUpPolicy.Latest, definition.Schedule.CatchUp);
        Assert.Null(definition.Schedule.MaxCatchUp);
        Assert.True(definition.Micropanel!.SendOptions!.AutomaticClosure!.Enabled);
    }

    [Fact]
    public void Parse_ExplicitNullOptionalValue_ReadAsAbsent()
    {
        var json = DefinitionDocuments.Edit("$.preflight=null|$.survey.datacenter=null|$.emailInvites[0].batchName=null");

        var definition = CampaignDefinitionParser.Parse(json).GetDefinitionOrThrow();

        Assert.Null(definition.Preflight);
        Assert.Null(definition.Survey.Datacenter);
        Assert.Null(definition.EmailInvites[0].BatchName);
    }

    [Theory]
    [InlineData("2030-01-01T00:00:00Z", "2030-01-01T00:00:00+00:00")]
    [InlineData("2030-01-01T02:00:00+02:00", "2030-01-01T00:00:00+00:00")]
    [InlineData("2030-01-01T00:00Z", "2030-01-01T00:00:00+00:00")]
    [InlineData("2030-01-01T00:00:00.5-01:00", "2030-01-01T01:00:00.5+00:00")]
    public void Parse_Deadline_NormalizedToUtc(string deadline, string expected)
    {
        var json = DefinitionDocuments.Edit($"$.monitoring.runFor=-|$.monitoring.deadline=\"{deadline}\"");

        var definition = CampaignDefinitionParser.Parse(json).GetDefinitionOrThrow();

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), definition.Monitoring.Deadline);
        Assert.Equal(TimeSpan.Zero, definition.Monitoring.Deadline!.Value.Offset);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("2030-01-03T00:00:00Z", null, "2030-01-03T00:00:00Z")]
    [InlineData(null, 48, "2030-01-03T00:00:00Z")]
    [InlineData("2030-01-02T00:00:00Z", 48, "2030-01-02T00:00:00Z")]
    [InlineData("2030-01-05T00:00:00Z", 48, "2030-01-03T00:00:00Z")]
    public void StopAt_DeadlineAndRunFor_EarlierWins(string? deadline, int? runForHours, string? expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var plan = new MonitoringPlan
        {
            Deadline = deadline is null ? null : DateTimeOffset.Parse(deadline, culture),
            RunFor = runForHours is { } hours ? TimeSpan.FromHours(hours) : null,
        };

        var stopAt = plan.StopAt(DateTimeOffset.Parse("2030-01-01T00:00:00Z", culture));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, culture), stopAt);
    }
}
