using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class CampaignDefinitionValidatorTests
{
    private static CampaignDefinition CreateValid() => CampaignDefinitionParser.Parse(DefinitionDocuments.Valid).GetDefinitionOrThrow();

    [Fact]
    public void Validate_ParsedValidDefinition_HasNoFailures()
    {
        Assert.Empty(CampaignDefinitionValidator.Validate(CreateValid()));
    }

    [Fact]
    public void Validate_DefinitionBuiltInCode_ReportsRulesAtDefinitionPaths()
    {
        var definition = CreateValid() with
        {
            Name = "Spring",
            EmailInvites = [CreateValid().EmailInvites[1] with { EmailTemplate = new EmailTemplate("Hi", "no link") }],
            Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromSeconds(5) },
        };

        var failures = CampaignDefinitionValidator.Validate(definition).Select(f => f.ToString()).ToList();

        Assert.Equal(
            [
                "$.name: " + CampaignDefinitionValidator.NameRule,
                "$.emailInvites[0].emailTemplate.content: mode 3 requires <SURVEY_LINK>",
                "$.monitoring.pollInterval: must be at least PT1M",
                "$.monitoring: needs at least one stop condition: deadline, runFor, takenTarget or stopWhenMicropanelCloses",
            ],
            failures);
    }

    [Fact]
    public void Validate_UndefinedEnumValues_Reported()
    {
        var definition = CreateValid() with
        {
            Approval = new ApprovalGate { Timeout = TimeSpan.FromHours(1), OnTimeout = (ApprovalTimeoutAction)9 },
            Schedule = new CampaignSchedule { Cron = "0 9 * * *", CatchUp = (CatchUpPolicy)9 },
        };

        var failures = CampaignDefinitionValidator.Validate(definition).Select(f => f.Path);

        Assert.Equal(["$.approval.onTimeout", "$.schedule.catchUp"], failures);
    }

    [Fact]
    public void Validate_DeserializedWithoutRequiredObjects_ReportsThemRequired()
    {
        var definition = System.Text.Json.JsonSerializer.Deserialize<CampaignDefinition>(
            """{"name":"x","survey":null,"monitoring":null,"emailInvites":null}""",
            CampaignDefinitionJson.Options)!;

        var failures = CampaignDefinitionValidator.Validate(definition).Select(f => f.ToString());

        Assert.Equal(
            ["$.survey: required", "$.emailInvites: a campaign needs at least one email wave or a micropanel batch", "$.monitoring: required"],
            failures);
    }

    [Fact]
    public void ThrowIfInvalid_InvalidDefinition_ThrowsWithFailures()
    {
        var exception = Assert.Throws<CampaignDefinitionException>(() => CampaignDefinitionValidator.ThrowIfInvalid(CreateValid() with { Name = "" }));

        Assert.Equal("$.name: required", Assert.Single(exception.Failures).ToString());
        Assert.Equal("The campaign definition is invalid: $.name: required", exception.Message);
    }

    [Fact]
    public void DatacenterRule_NamesEveryKnownDatacenter()
    {
        foreach (var datacenter in QuestionProDatacenters.Hosts.Keys)
        {
            Assert.Contains(" " + datacenter, CampaignDefinitionValidator.DatacenterRule, StringComparison.Ordinal);
            Assert.Empty(CampaignDefinitionValidator.Validate(CreateValid() with { Survey = new SurveyTarget { Id = 1, Datacenter = datacenter } }));
        }
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("sandbox-spring-nps", true)]
    [InlineData("2026-q1", true)]
    [InlineData("", false)]
    [InlineData("Spring", false)]
    [InlineData("spring nps", false)]
    [InlineData("spring_nps", false)]
    [InlineData("../etc", false)]
    [InlineData("spring-nps\n", false)]
    public void IsValidName_Name_MatchesTheNameRule(string name, bool expected)
    {
        Assert.Equal(expected, CampaignDefinitionValidator.IsValidName(name));
    }

    [Fact]
    public void IsValidName_Length_OneToSixtyFour()
    {
        Assert.True(CampaignDefinitionValidator.IsValidName(new string('a', 64)));
        Assert.False(CampaignDefinitionValidator.IsValidName(new string('a', 65)));
    }

    [Fact]
    public void Validate_MicropanelRequestRules_AreTheClientValidatorsRules()
    {
        var definition = CreateValid();
        var micropanel = definition.Micropanel! with
        {
            Recipients = new MicropanelRecipientsDefinition { FilterType = MicropanelFilterType.SingleMember },
        };

        var viaDefinition = CampaignDefinitionValidator.Validate(definition with { Micropanel = micropanel }).Select(f => f.Message);
        var viaClient = MicropanelBatchRequestValidator.Validate(micropanel.ToRequest(definition.Survey.Id)).Select(f => f.Message);

        Assert.Equal(viaClient, viaDefinition);
    }
}
