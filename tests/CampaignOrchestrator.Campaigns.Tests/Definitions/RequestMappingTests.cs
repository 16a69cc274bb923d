using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class RequestMappingTests
{
    private static CampaignDefinition CreateValid() => CampaignDefinitionParser.Parse(DefinitionDocuments.Valid).GetDefinitionOrThrow();

    [Fact]
    public void ToCreateRequest_ModeOneWave_CopiesListTemplateAndName()
    {
        var definition = CreateValid();

        var request = definition.EmailInvites[0].ToCreateRequest();

        Assert.Equal(CreateEmailBatchRequest.ForList(2001, 3001) with { BatchName = "Spring NPS" }, request);
        Assert.Empty(EmailBatchRequestValidator.ValidateCreate(definition.Survey.Id, request));
    }

    [Fact]
    public void ToCreateRequest_WithBatchName_UsesIt()
    {
        var request = CreateValid().EmailInvites[1].ToCreateRequest("spring-nps/custom #run-42");

        Assert.Equal(EmailBatchMode.ListWithCustomTemplate, request.Mode);
        Assert.Equal(new EmailTemplate("Your opinion", "Please answer: <SURVEY_LINK>"), request.EmailTemplate);
        Assert.Equal("spring-nps/custom #run-42", request.BatchName);
        Assert.Null(request.TemplateId);
    }

    [Fact]
    public void ToSendRequest_Reminder_UsesTheWavesList()
    {
        var definition = CreateValid();
        var wave = definition.EmailInvites[0];

        var request = wave.Reminders[0].ToSendRequest(wave.EmailListId);

        Assert.Equal(SendEmailBatchRequest.ForList(2001, 3001), request);
        Assert.Empty(EmailBatchRequestValidator.ValidateSend(definition.Survey.Id, 4001, request));
    }

    [Fact]
    public void ToRequest_Micropanel_BuildsTheVendorShape()
    {
        var definition = CreateValid();

        var request = definition.Micropanel!.ToRequest(definition.Survey.Id);

        Assert.Equal(1001, request.Compose.SurveyId);
        Assert.Equal(486, request.Compose.SurveyLanguageId);
        Assert.Equal(118632, request.Compose.TemplateId);
        Assert.Equal(1, request.Compose.TemplateLanguageId);
        Assert.Equal("Spring", request.Compose.SurveyAlias);
        Assert.Equal(8, request.Compose.SurveyLength);
        Assert.Equal(true, request.Compose.AllowMultipleResponses);
        Assert.Equal(new MicropanelIncentives(20, 30, 40), request.Compose.Incentives);
        Assert.Equal(MicropanelRecipients.Filter(5001), request.Recipients);
        Assert.Equal(new AutomaticClosure(true, "06/30/2027 18:00", 150), request.Send?.DeliveryOptions?.AutomaticClosure);
        Assert.Equal(new MicropanelNotification(false), request.Send?.Notification);
        Assert.Empty(MicropanelBatchRequestValidator.Validate(request));
    }

    [Fact]
    public void ToRequest_MicropanelWithoutSendOptions_SendsNone()
    {
        var definition = CreateValid();

        var request = (definition.Micropanel! with { SendOptions = null }).ToRequest(definition.Survey.Id);

        Assert.Null(request.Send);
    }
}
