using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class RespondentStatusParserTests
{
    public static TheoryData<string, RespondentStatus> DocumentedStatuses => new()
    {
        { "success", RespondentStatus.Success },
        { "validation_errors", RespondentStatus.ValidationErrors },
        { "survey_complete", RespondentStatus.SurveyComplete },
        { "terminated", RespondentStatus.Terminated },
        { "authentication_required", RespondentStatus.AuthenticationRequired },
        { "already_completed", RespondentStatus.AlreadyCompleted },
        { "quota_full", RespondentStatus.QuotaFull },
        { "survey_closed", RespondentStatus.SurveyClosed },
        { "survey_paused", RespondentStatus.SurveyPaused },
        { "survey_suspended", RespondentStatus.SurveySuspended },
        { "language_selection_required", RespondentStatus.LanguageSelectionRequired },
        { "survey_opt_out", RespondentStatus.SurveyOptOut },
        { "redirect", RespondentStatus.Redirect },
        { "error", RespondentStatus.Error },
    };

    [Theory]
    [MemberData(nameof(DocumentedStatuses))]
    public void Parse_DocumentedWireString_ReturnsStatus(string wire, RespondentStatus expected) =>
        Assert.Equal(expected, RespondentStatusParser.Parse(wire));

    [Theory]
    [MemberData(nameof(DocumentedStatuses))]
    public void ToWireString_KnownStatus_ReturnsDocumentedWireString(string expected, RespondentStatus status) =>
        Assert.Equal(expected, RespondentStatusParser.ToWireString(status));

    [Fact]
    public void DocumentedStatuses_CoverEveryKnownEnumValue()
    {
        var covered = DocumentedStatuses.Select(row => (RespondentStatus)row[1]).ToHashSet();
        var known = Enum.GetValues<RespondentStatus>().Where(status => status != RespondentStatus.Unknown);
        Assert.All(known, status => Assert.Contains(status, covered));
    }

    [Theory]
    [InlineData("SURVEY_COMPLETE", RespondentStatus.SurveyComplete)]
    [InlineData("Quota_Full", RespondentStatus.QuotaFull)]
    [InlineData(" success ", RespondentStatus.Success)]
    public void Parse_DifferentCaseOrPadding_ReturnsStatus(string wire, RespondentStatus expected) =>
        Assert.Equal(expected, RespondentStatusParser.Parse(wire));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("survey_archived")]
    [InlineData("unknown")]
    [InlineData("surveycomplete")]
    public void Parse_UnrecognisedText_ReturnsUnknown(string? wire) =>
        Assert.Equal(RespondentStatus.Unknown, RespondentStatusParser.Parse(wire));

    [Theory]
    [InlineData(RespondentStatus.Unknown)]
    [InlineData((RespondentStatus)999)]
    public void ToWireString_UnknownOrUndefined_Throws(RespondentStatus status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RespondentStatusParser.ToWireString(status));
}
