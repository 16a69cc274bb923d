using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Email waves, their reminders and custom templates.</summary>
internal static partial class CampaignDefinitionReader
{
    private static EmailWave ReadWave(ObjectReader reader)
    {
        var wave = new EmailWave
        {
            Name = reader.String("name", required: true) ?? string.Empty,
            Mode = (EmailBatchMode)(reader.Int("mode", required: true) ?? 0),
            EmailListId = reader.Long("emailListId", required: true) ?? 0,
            TemplateId = reader.Long("templateId"),
            EmailTemplate = reader.Object("emailTemplate") is { } template ? ReadTemplate(template) : null,
            BatchName = reader.String("batchName"),
            StartAfter = reader.Duration("startAfter"),
            Reminders = reader.Array("reminders", ReadReminder),
        };
        reader.Finish();
        return wave;
    }

    private static EmailReminder ReadReminder(ObjectReader reader)
    {
        var reminder = new EmailReminder
        {
            After = reader.Duration("after"),
            WhileTakenRateBelow = reader.Number("whileTakenRateBelow"),
            Mode = (EmailBatchMode)(reader.Int("mode", required: true) ?? 0),
            TemplateId = reader.Long("templateId"),
            EmailTemplate = reader.Object("emailTemplate") is { } template ? ReadTemplate(template) : null,
        };
        reader.Finish();
        return reminder;
    }

    private static EmailTemplate ReadTemplate(ObjectReader reader)
    {
        var template = new EmailTemplate(
            reader.String("emailSubject", required: true) ?? string.Empty,
            reader.String("content", required: true) ?? string.Empty);
        reader.Finish();
        return template;
    }
}
