using System.Globalization;

namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>Builds the sample account described in the sandbox README.</summary>
internal static class SampleAccountData
{
    private const int ContactCount = 200;

    private const string TemplateContent =
        "Hello,\r\n\r\nWe would appreciate your feedback in our online survey. All responses will remain confidential and secure."
        + "\r\n\r\nPlease click on this link to complete the survey:\r\n\r\n<SURVEY_LINK>\r\n\r\nThank You";

    public static SandboxData Create() => new()
    {
        ApiKeys =
        [
            new ApiKeyData { Key = SampleAccount.ApiKey },
            new ApiKeyData { Key = SampleAccount.ReadOnlyApiKey, ReadOnly = true },
        ],
        Surveys =
        [
            SampleSurveys.CustomerSatisfaction(),
            SampleSurveys.OneQuestion(SampleAccount.ClosedSurveyId, "Closed survey") with { Status = SurveyStatuses.Closed },
            SampleSurveys.OneQuestion(SampleAccount.PausedSurveyId, "Paused survey") with { Status = SurveyStatuses.Paused },
            SampleSurveys.OneQuestion(SampleAccount.SuspendedSurveyId, "Suspended survey") with { Status = SurveyStatuses.Suspended },
            SampleSurveys.OneQuestion(SampleAccount.QuotaFullSurveyId, "Survey with a full quota") with { Quota = 50, Completes = 50 },
        ],
        EmailLists =
        [
            new EmailListData
            {
                Id = SampleAccount.EmailListId,
                Name = "Sandbox Contacts",
                Emails = [.. Enumerable.Range(1, ContactCount).Select(n => string.Create(CultureInfo.InvariantCulture, $"contact{n:000}@example.com"))],
            },
        ],
        EmailTemplates = [new EmailTemplateData { Id = SampleAccount.TemplateId, Subject = "Survey Invitation", Content = TemplateContent }],
        EmailBatches =
        [
            new EmailBatchSeedData
            {
                Id = SampleAccount.EmailBatchId,
                SurveyId = SampleAccount.SurveyId,
                EmailListId = SampleAccount.EmailListId,
                TemplateId = SampleAccount.TemplateId,
                BatchName = "Sample invitation",
            },
        ],
        MicropanelFilters =
        [
            new MicropanelFilterData { Id = SampleAccount.MicropanelFilterId, Name = "Verified members in the US", Criteria = "country = 'US' AND verified = true" },
        ],
        SatisMeter = new SatisMeterData
        {
            WriteKeys = [SampleAccount.WriteKey],
            Campaigns =
            [
                new SatisMeterCampaignData { Id = SampleAccount.Campaign, WriteKey = SampleAccount.WriteKey },
                new SatisMeterCampaignData
                {
                    Id = SampleAccount.TargetedCampaign,
                    WriteKey = SampleAccount.WriteKey,
                    Targeting = new Dictionary<string, string> { ["plan"] = "pro" },
                },
            ],
        },
    };
}
