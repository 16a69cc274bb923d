using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class CampaignDefinitionSerializationTests
{
    private static CampaignDefinition CreateDefinition() => new()
    {
        Name = "spring-nps",
        Survey = new SurveyTarget { Id = 1001, Datacenter = "EU" },
        Preflight = new PreflightChecks(),
        Approval = new ApprovalGate { Timeout = TimeSpan.FromDays(2), OnTimeout = ApprovalTimeoutAction.Approve },
        EmailInvites =
        [
            new EmailWave
            {
                Name = "first",
                Mode = EmailBatchMode.ListWithTemplate,
                EmailListId = 2001,
                TemplateId = 3001,
                StartAfter = TimeSpan.FromHours(1),
                Reminders = [new EmailReminder { After = TimeSpan.FromDays(3), WhileTakenRateBelow = 0.3, Mode = EmailBatchMode.ListWithTemplate, TemplateId = 3001 }],
            },
        ],
        Micropanel = new MicropanelBatchDefinition
        {
            Compose = new MicropanelComposeDefinition { SurveyLanguageId = 486, TemplateId = 118632, TemplateLanguageId = 1 },
            Recipients = new MicropanelRecipientsDefinition { FilterType = MicropanelFilterType.ExistingFilter, ExistingFilterId = 5001 },
            SendOptions = new MicropanelSendOptionsDefinition { AutomaticClosure = new AutomaticClosure(true, "12/10/2026 13:43", 10) },
        },
        Monitoring = new MonitoringPlan { RunFor = TimeSpan.FromDays(7), TakenTarget = 100 },
        Schedule = new CampaignSchedule { Cron = "0 9 * * 1", CatchUp = CatchUpPolicy.All, MaxCatchUp = 3 },
    };

    [Fact]
    public void Serialize_Definition_WritesDefinitionFormat()
    {
        var json = CampaignDefinitionJson.Serialize(CreateDefinition());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("P2D", root.GetProperty("approval").GetProperty("timeout").GetString());
        Assert.Equal("approve", root.GetProperty("approval").GetProperty("onTimeout").GetString());
        Assert.Equal(1, root.GetProperty("emailInvites")[0].GetProperty("mode").GetInt32());
        Assert.Equal("PT1H", root.GetProperty("emailInvites")[0].GetProperty("startAfter").GetString());
        Assert.Equal(3, root.GetProperty("micropanel").GetProperty("recipients").GetProperty("filterType").GetInt32());
        Assert.Equal("PT15M", root.GetProperty("monitoring").GetProperty("pollInterval").GetString());
        Assert.Equal("all", root.GetProperty("schedule").GetProperty("catchUp").GetString());
        Assert.False(root.GetProperty("monitoring").TryGetProperty("deadline", out _));
    }

    [Fact]
    public void DataConverter_RoundTrip_KeepsDefinitionFormatAndValues()
    {
        var definition = CreateDefinition();

        var json = DataConverter.Serialize(definition)!;
        var back = DataConverter.Deserialize<CampaignDefinition>(json)!;

        Assert.Contains("\"mode\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"onTimeout\":\"approve\"", json, StringComparison.Ordinal);
        Assert.Equal(CampaignDefinitionJson.Serialize(definition), CampaignDefinitionJson.Serialize(back));
    }

    [Fact]
    public void Parse_SerializedDefinition_ReadsBackTheSameDefinition()
    {
        var definition = CampaignDefinitionParser.Parse(DefinitionDocuments.Valid).GetDefinitionOrThrow();

        var viaDefinitionJson = CampaignDefinitionParser.Parse(CampaignDefinitionJson.Serialize(definition));
        var viaDataConverter = CampaignDefinitionParser.Parse(DataConverter.Serialize(definition)!);

        Assert.True(viaDefinitionJson.IsValid, string.Join(Environment.NewLine, viaDefinitionJson.Failures));
        Assert.True(viaDataConverter.IsValid, string.Join(Environment.NewLine, viaDataConverter.Failures));
        Assert.Equal(CampaignDefinitionJson.Serialize(definition), CampaignDefinitionJson.Serialize(viaDefinitionJson.Definition));
        Assert.Equal(CampaignDefinitionJson.Serialize(definition), CampaignDefinitionJson.Serialize(viaDataConverter.Definition));
    }
}
