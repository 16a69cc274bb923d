using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

/// <summary>Each rule of the definition format: one edit of a valid document, the one failure it must cause.</summary>
public sealed class CampaignDefinitionRulesTests
{
    private const string NameRule = CampaignDefinitionValidator.NameRule;
    private const string DatacenterRule = CampaignDefinitionValidator.DatacenterRule;
    private const string ModeRule = "must be 1 (email list + existing template) or 3 (email list + custom template)";
    private const string Duration = "expected an ISO 8601 duration in weeks, days, hours, minutes or seconds, e.g. PT15M or P3D";
    private const string Reminder = "$.emailInvites[0].reminders[0]";
    private const string Closure = "$.micropanel.sendOptions.automaticClosure";

    [Fact]
    public void Parse_ValidDocument_HasNoFailures()
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Valid);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Failures));
    }

    [Theory]
    // name
    [InlineData("$.name=\"Spring NPS\"", "$.name", NameRule)]
    [InlineData("$.name=\"\"", "$.name", "required")]
    [InlineData("$.name=\"a-name-that-is-far-too-long-to-appear-in-urls-and-instance-ids-xyz\"", "$.name", NameRule)]
    [InlineData("$.name=\"spring_nps\"", "$.name", NameRule)]
    [InlineData("$.name=-", "$.name", "required")]
    [InlineData("$.name=12", "$.name", "expected a string")]
    // survey
    [InlineData("$.survey=-", "$.survey", "required")]
    [InlineData("$.survey=\"1001\"", "$.survey", "expected an object")]
    [InlineData("$.survey.id=0", "$.survey.id", "must be a positive integer")]
    [InlineData("$.survey.id=-", "$.survey.id", "required")]
    [InlineData("$.survey.id=1.5", "$.survey.id", "expected an integer")]
    [InlineData("$.survey.datacenter=\"XX\"", "$.survey.datacenter", DatacenterRule)]
    [InlineData("$.survey.datacenter=\"eu\"", "$.survey.datacenter", DatacenterRule)]
    // preflight and approval
    [InlineData("$.preflight.requireOpen=\"yes\"", "$.preflight.requireOpen", "expected true or false")]
    [InlineData("$.approval.timeout=\"PT0S\"", "$.approval.timeout", "must be a positive duration")]
    [InlineData("$.approval.timeout=-", "$.approval.timeout", "required")]
    [InlineData("$.approval.timeout=\"2 days\"", "$.approval.timeout", Duration)]
    [InlineData("$.approval.onTimeout=\"ignore\"", "$.approval.onTimeout", "must be \"reject\" or \"approve\"")]
    // email waves
    [InlineData("$.emailInvites=[]|$.micropanel=-|$.monitoring.takenTarget=-", "$.emailInvites", "a campaign needs at least one email wave or a micropanel batch")]
    [InlineData("$.emailInvites={}", "$.emailInvites", "expected an array")]
    [InlineData("$.emailInvites[0]=5", "$.emailInvites[0]", "expected an object")]
    [InlineData("$.emailInvites[0].name=\"\"", "$.emailInvites[0].name", "required")]
    [InlineData("$.emailInvites[1].name=\"CONTACTS\"", "$.emailInvites[1].name", "wave names must be unique; also used at $.emailInvites[0].name")]
    [InlineData("$.emailInvites[0].mode=2", "$.emailInvites[0].mode", ModeRule)]
    [InlineData("$.emailInvites[0].mode=\"1\"", "$.emailInvites[0].mode", "expected an integer")]
    [InlineData("$.emailInvites[0].mode=-", "$.emailInvites[0].mode", "required")]
    [InlineData("$.emailInvites[0].emailListId=0", "$.emailInvites[0].emailListId", "must be a positive integer")]
    [InlineData("$.emailInvites[0].emailListId=-", "$.emailInvites[0].emailListId", "required")]
    [InlineData("$.emailInvites[0].templateId=-", "$.emailInvites[0].templateId", "required; must be a positive integer")]
    [InlineData("$.emailInvites[0].emailTemplate={\"emailSubject\":\"s\",\"content\":\"<SURVEY_LINK>\"}", "$.emailInvites[0].emailTemplate", "not allowed in mode 1; use templateId")]
    [InlineData("$.emailInvites[1].templateId=3001", "$.emailInvites[1].templateId", "not allowed in mode 3; use emailTemplate")]
    [InlineData("$.emailInvites[1].emailTemplate=-", "$.emailInvites[1].emailTemplate", "required in mode 3")]
    [InlineData("$.emailInvites[1].emailTemplate.content=\"Please answer\"", "$.emailInvites[1].emailTemplate.content", "mode 3 requires <SURVEY_LINK>")]
    [InlineData("$.emailInvites[1].emailTemplate.content=-", "$.emailInvites[1].emailTemplate.content", "required")]
    [InlineData("$.emailInvites[1].emailTemplate.emailSubject=\" \"", "$.emailInvites[1].emailTemplate.emailSubject", "required")]
    [InlineData("$.emailInvites[0].batchName=\" \"", "$.emailInvites[0].batchName", "must not be blank")]
    [InlineData("$.emailInvites[1].startAfter=\"-PT1H\"", "$.emailInvites[1].startAfter", "must not be negative")]
    [InlineData("$.emailInvites[1].startAfter=\"P1M\"", "$.emailInvites[1].startAfter", Duration)]
    // reminders
    [InlineData("$.emailInvites[0].reminders[0].after=-|$.emailInvites[0].reminders[0].whileTakenRateBelow=-", Reminder, "needs after, whileTakenRateBelow or both")]
    [InlineData("$.emailInvites[0].reminders[0].after=\"PT0S\"", Reminder + ".after", "must be a positive duration")]
    [InlineData("$.emailInvites[0].reminders[0].whileTakenRateBelow=0", Reminder + ".whileTakenRateBelow", "must be greater than 0 and at most 1")]
    [InlineData("$.emailInvites[0].reminders[0].whileTakenRateBelow=1.5", Reminder + ".whileTakenRateBelow", "must be greater than 0 and at most 1")]
    [InlineData("$.emailInvites[0].reminders[0].whileTakenRateBelow=\"30%\"", Reminder + ".whileTakenRateBelow", "expected a number")]
    [InlineData("$.emailInvites[0].reminders[0].mode=4", Reminder + ".mode", ModeRule)]
    [InlineData("$.emailInvites[0].reminders[0].templateId=-", Reminder + ".templateId", "required; must be a positive integer")]
    [InlineData("$.emailInvites[0].reminders[0].mode=3|$.emailInvites[0].reminders[0].templateId=-", Reminder + ".emailTemplate", "required in mode 3")]
    [InlineData("$.emailInvites[0].reminders[0].mode=3|$.emailInvites[0].reminders[0].templateId=-|$.emailInvites[0].reminders[0].emailTemplate={\"emailSubject\":\"s\",\"content\":\"c\"}", Reminder + ".emailTemplate.content", "mode 3 requires <SURVEY_LINK>")]
    [InlineData("$.emailInvites[0].reminders={}", "$.emailInvites[0].reminders", "expected an array")]
    // micropanel
    [InlineData("$.micropanel.compose=-", "$.micropanel.compose", "required")]
    [InlineData("$.micropanel.recipients=-", "$.micropanel.recipients", "required")]
    [InlineData("$.micropanel.compose.surveyLanguageId=0", "$.micropanel.compose.surveyLanguageId", "must be a positive integer")]
    [InlineData("$.micropanel.compose.templateId=-", "$.micropanel.compose.templateId", "required")]
    [InlineData("$.micropanel.compose.templateLanguageId=-1", "$.micropanel.compose.templateLanguageId", "must be a positive integer")]
    [InlineData("$.micropanel.compose.surveyLength=0", "$.micropanel.compose.surveyLength", "must be a positive number of minutes")]
    [InlineData("$.micropanel.compose.incentives.quotaPoints=-1", "$.micropanel.compose.incentives.quotaPoints", "must not be negative")]
    [InlineData("$.micropanel.recipients={\"filterType\":2}", "$.micropanel.recipients.emailAddress", "required when filterType is 2")]
    [InlineData("$.micropanel.recipients={\"filterType\":2,\"emailAddress\":\"nope\"}", "$.micropanel.recipients.emailAddress", "must be an email address")]
    [InlineData("$.micropanel.recipients={\"filterType\":3}", "$.micropanel.recipients.existingFilterId", "required when filterType is 3")]
    [InlineData("$.micropanel.recipients.filterType=4", "$.micropanel.recipients.filterType", "must be 1 (all verified members), 2 (one member) or 3 (existing filter)")]
    [InlineData("$.micropanel.recipients={\"filterType\":1,\"emailAddress\":\"member@example.com\"}", "$.micropanel.recipients.emailAddress", "not allowed when filterType is 1")]
    [InlineData("$.micropanel.recipients={\"filterType\":2,\"emailAddress\":\"member@example.com\",\"existingFilterId\":5001}", "$.micropanel.recipients.existingFilterId", "not allowed when filterType is 2")]
    [InlineData("$.micropanel.sendOptions.automaticClosure.closureDateTime=\"2027-06-30 18:00\"", Closure + ".closureDateTime", "expected MM/dd/yyyy HH:mm")]
    [InlineData("$.micropanel.sendOptions.automaticClosure.closureDateTime=-|$.micropanel.sendOptions.automaticClosure.responseQuota=-", Closure, "an enabled closure needs closureDateTime or responseQuota")]
    [InlineData("$.micropanel.sendOptions.automaticClosure.responseQuota=0", Closure + ".responseQuota", "must be a positive integer")]
    [InlineData("$.micropanel.sendOptions.notification={}", "$.micropanel.sendOptions.notification.enableEmailInvitation", "required")]
    // monitoring
    [InlineData("$.monitoring=-", "$.monitoring", "required")]
    [InlineData("$.monitoring={}", "$.monitoring", "needs at least one stop condition: deadline, runFor, takenTarget or stopWhenMicropanelCloses")]
    [InlineData("$.monitoring.pollInterval=\"PT30S\"", "$.monitoring.pollInterval", "must be at least PT1M")]
    [InlineData("$.monitoring.pollInterval=\"15 minutes\"", "$.monitoring.pollInterval", Duration)]
    [InlineData("$.monitoring.deadline=\"2030-01-01T00:00:00Z\"", "$.monitoring.runFor", "use either deadline or runFor, not both")]
    [InlineData("$.monitoring.runFor=-|$.monitoring.deadline=\"2030-01-01T00:00:00\"", "$.monitoring.deadline", "expected an ISO 8601 instant with an offset, e.g. 2026-05-01T18:00:00Z")]
    [InlineData("$.monitoring.runFor=-|$.monitoring.deadline=\"2030-01-01T00:00:00Z\\n\"", "$.monitoring.deadline", "expected an ISO 8601 instant with an offset, e.g. 2026-05-01T18:00:00Z")]
    [InlineData("$.monitoring.runFor=-|$.monitoring.deadline=\"2030-01-01\"", "$.monitoring.deadline", "expected an ISO 8601 instant with an offset, e.g. 2026-05-01T18:00:00Z")]
    [InlineData("$.monitoring.runFor=\"PT0S\"", "$.monitoring.runFor", "must be a positive duration")]
    [InlineData("$.monitoring.takenTarget=0", "$.monitoring.takenTarget", "must be a positive integer")]
    [InlineData("$.monitoring.runFor=-|$.monitoring.takenTarget=\"many\"", "$.monitoring.takenTarget", "expected an integer")]
    [InlineData("$.emailInvites=[]", "$.monitoring.takenTarget", "requires at least one email wave (micropanel batches report no counts)")]
    [InlineData("$.monitoring.stopWhenMicropanelCloses=true|$.micropanel.sendOptions=-", "$.monitoring.stopWhenMicropanelCloses", "requires a micropanel batch with an enabled micropanel.sendOptions.automaticClosure (otherwise it never closes)")]
    [InlineData("$.monitoring.stopWhenMicropanelCloses=true|$.micropanel.sendOptions.automaticClosure.enabled=false", "$.monitoring.stopWhenMicropanelCloses", "requires a micropanel batch with an enabled micropanel.sendOptions.automaticClosure (otherwise it never closes)")]
    // schedule
    [InlineData("$.schedule.cron=-", "$.schedule.cron", "required")]
    [InlineData("$.schedule.cron=\"0 9 * *\"", "$.schedule.cron", "expected 5 fields (minute hour day-of-month month day-of-week), found 4")]
    [InlineData("$.schedule.cron=\"@daily\"", "$.schedule.cron", "expected 5 fields (minute hour day-of-month month day-of-week), found 1")]
    [InlineData("$.schedule.cron=\"0 25 * * *\"", "$.schedule.cron", "field 2 (hour): 25 is out of range 0-23")]
    [InlineData("$.schedule.cron=\"0 9 1-31/40 * *\"", "$.schedule.cron", "The given cron expression has an invalid format. Days of month: Value must be a number between 1 and 31 (all inclusive).")]
    [InlineData("$.schedule.cron=\"0 9 30 2 *\"", "$.schedule.cron", "never occurs: no month has that day (e.g. 30 February)")]
    [InlineData("$.schedule.timeZone=\"Mars/Olympus\"", "$.schedule.timeZone", "must be an IANA time zone id, e.g. Europe/Paris or UTC")]
    [InlineData("$.schedule.timeZone=\"Romance Standard Time\"", "$.schedule.timeZone", "must be an IANA time zone id, e.g. Europe/Paris or UTC")]
    [InlineData("$.schedule.catchUp=\"some\"", "$.schedule.catchUp", "must be \"latest\", \"none\" or \"all\"")]
    [InlineData("$.schedule.maxCatchUp=3", "$.schedule.maxCatchUp", "only applies when catchUp is \"all\"")]
    [InlineData("$.schedule.catchUp=\"all\"|$.schedule.maxCatchUp=0", "$.schedule.maxCatchUp", "must be a positive integer")]
    public void Parse_DocumentBreakingOneRule_ReportsThatRuleOnly(string edits, string path, string message)
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit(edits));

        Assert.False(result.IsValid);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((path, message), (failure.Path, failure.Message));
    }
}
