using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>The micropanel batch: compose, recipients and send options.</summary>
internal static partial class CampaignDefinitionReader
{
    private static MicropanelBatchDefinition ReadMicropanel(ObjectReader reader)
    {
        var micropanel = new MicropanelBatchDefinition
        {
            Compose = ReadCompose(reader.RequiredObject("compose")),
            Recipients = ReadRecipients(reader.RequiredObject("recipients")),
            SendOptions = reader.Object("sendOptions") is { } send ? ReadSendOptions(send) : null,
        };
        reader.Finish();
        return micropanel;
    }

    private static MicropanelComposeDefinition ReadCompose(ObjectReader reader)
    {
        var compose = new MicropanelComposeDefinition
        {
            SurveyAlias = reader.String("surveyAlias"),
            SurveyLength = reader.Int("surveyLength"),
            SurveyLanguageId = reader.Long("surveyLanguageId", required: true) ?? 0,
            TemplateId = reader.Long("templateId", required: true) ?? 0,
            TemplateLanguageId = reader.Long("templateLanguageId", required: true) ?? 0,
            AllowMultipleResponses = reader.Bool("allowMultipleResponses"),
            Incentives = reader.Object("incentives") is { } incentives ? ReadIncentives(incentives) : null,
        };
        reader.Finish();
        return compose;
    }

    private static MicropanelIncentives ReadIncentives(ObjectReader reader)
    {
        var incentives = new MicropanelIncentives(
            reader.Int("completionPoints") ?? 0,
            reader.Int("quotaPoints") ?? 0,
            reader.Int("terminationPoints") ?? 0);
        reader.Finish();
        return incentives;
    }

    private static MicropanelRecipientsDefinition ReadRecipients(ObjectReader reader)
    {
        var recipients = new MicropanelRecipientsDefinition
        {
            FilterType = (MicropanelFilterType)(reader.Int("filterType", required: true) ?? 0),
            EmailAddress = reader.String("emailAddress"),
            ExistingFilterId = reader.Long("existingFilterId"),
        };
        reader.Finish();
        return recipients;
    }

    private static MicropanelSendOptionsDefinition ReadSendOptions(ObjectReader reader)
    {
        var send = new MicropanelSendOptionsDefinition
        {
            AutomaticClosure = reader.Object("automaticClosure") is { } closure ? ReadClosure(closure) : null,
            Notification = reader.Object("notification") is { } notification ? ReadNotification(notification) : null,
        };
        reader.Finish();
        return send;
    }

    private static AutomaticClosure ReadClosure(ObjectReader reader)
    {
        var closure = new AutomaticClosure(
            reader.Bool("enabled") ?? true,
            reader.String("closureDateTime"),
            reader.Int("responseQuota"));
        reader.Finish();
        return closure;
    }

    private static MicropanelNotification ReadNotification(ObjectReader reader)
    {
        var notification = new MicropanelNotification(reader.Bool("enableEmailInvitation", required: true) ?? false);
        reader.Finish();
        return notification;
    }
}
