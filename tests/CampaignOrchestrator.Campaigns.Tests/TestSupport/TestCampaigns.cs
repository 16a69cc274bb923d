using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>Campaign definitions against the sandbox's sample account.</summary>
internal static class TestCampaigns
{
    public static readonly EmailTemplate CustomTemplate = new("Two minutes for our survey?", "Hello, please answer: <SURVEY_LINK> Thank you!");

    /// <summary>
    /// Two waves and a micropanel batch, polled hourly for three days: wave 'contacts' at once with a reminder after
    /// 12 h while the taken rate is below 90 % (due) and one after 2 days while below 5 % (not due: the rate is ~30 %
    /// by then); wave 'personal' 6 h later with a reminder 30 minutes after its send (at the next hourly poll).
    /// </summary>
    public static CampaignDefinition Full() => new()
    {
        Name = "spring-nps",
        Survey = new SurveyTarget { Id = SampleAccount.SurveyId },
        Preflight = new PreflightChecks(),
        EmailInvites =
        [
            ListWave("contacts") with
            {
                BatchName = "Spring NPS - contacts",
                Reminders =
                [
                    TemplateReminder(TimeSpan.FromHours(12), 0.9),
                    TemplateReminder(TimeSpan.FromDays(2), 0.05),
                ],
            },
            new EmailWave
            {
                Name = "personal",
                Mode = EmailBatchMode.ListWithCustomTemplate,
                EmailListId = SampleAccount.EmailListId,
                EmailTemplate = CustomTemplate,
                StartAfter = TimeSpan.FromHours(6),
                Reminders = [new EmailReminder { After = TimeSpan.FromMinutes(30), Mode = EmailBatchMode.ListWithCustomTemplate, EmailTemplate = CustomTemplate }],
            },
        ],
        Micropanel = Micropanel(),
        Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromHours(1), RunFor = TimeSpan.FromDays(3), TakenTarget = 1000 },
    };

    /// <summary>One wave without reminders, polled every 30 minutes for <paramref name="runFor"/> (3 hours by default).</summary>
    public static CampaignDefinition SingleWave(TimeSpan? runFor = null) => new()
    {
        Name = "single-wave",
        Survey = new SurveyTarget { Id = SampleAccount.SurveyId },
        EmailInvites = [ListWave("contacts")],
        Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromMinutes(30), RunFor = runFor ?? TimeSpan.FromHours(3) },
    };

    /// <summary>Only a micropanel batch, polled every 30 minutes for 3 hours.</summary>
    public static CampaignDefinition MicropanelOnly(MicropanelSendOptionsDefinition? sendOptions = null, bool stopWhenCloses = false) => new()
    {
        Name = "panel-only",
        Survey = new SurveyTarget { Id = SampleAccount.SurveyId },
        Micropanel = Micropanel() with { SendOptions = sendOptions },
        Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromMinutes(30), RunFor = TimeSpan.FromHours(3), StopWhenMicropanelCloses = stopWhenCloses },
    };

    public static EmailWave ListWave(string name) => new()
    {
        Name = name,
        Mode = EmailBatchMode.ListWithTemplate,
        EmailListId = SampleAccount.EmailListId,
        TemplateId = SampleAccount.TemplateId,
    };

    public static EmailReminder TemplateReminder(TimeSpan? after, double? whileTakenRateBelow) => new()
    {
        After = after,
        WhileTakenRateBelow = whileTakenRateBelow,
        Mode = EmailBatchMode.ListWithTemplate,
        TemplateId = SampleAccount.TemplateId,
    };

    public static MicropanelBatchDefinition Micropanel() => new()
    {
        Compose = new MicropanelComposeDefinition
        {
            SurveyAlias = "Spring NPS",
            SurveyLength = 5,
            SurveyLanguageId = 486,
            TemplateId = 118632,
            TemplateLanguageId = 1,
            Incentives = new MicropanelIncentives(20, 5, 2),
        },
        Recipients = new MicropanelRecipientsDefinition { FilterType = MicropanelFilterType.ExistingFilter, ExistingFilterId = SampleAccount.MicropanelFilterId },
    };
}
