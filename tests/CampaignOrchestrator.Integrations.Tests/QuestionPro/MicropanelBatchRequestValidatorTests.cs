using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro;

public sealed class MicropanelBatchRequestValidatorTests
{
    private static CreateMicropanelBatchRequest CreateRequest(MicropanelRecipients recipients, AutomaticClosure? closure = null) => new()
    {
        Compose = new MicropanelCompose
        {
            SurveyId = 1001,
            SurveyLanguageId = 486,
            TemplateId = 118632,
            TemplateLanguageId = 1,
            Incentives = new MicropanelIncentives(20, 30, 40),
        },
        Recipients = recipients,
        Send = new MicropanelSendOptions(new MicropanelDeliveryOptions(closure), new MicropanelNotification(false)),
    };

    [Fact]
    public void Validate_AllVerifiedMembersWithClosure_IsValid() =>
        Assert.Empty(MicropanelBatchRequestValidator.Validate(CreateRequest(MicropanelRecipients.AllVerifiedMembers(), new AutomaticClosure(true, "12/10/2026 13:43", 10))));

    [Fact]
    public void Validate_FilterType2WithoutAddress_NamesEmailAddress()
    {
        var failure = Assert.Single(MicropanelBatchRequestValidator.Validate(CreateRequest(new MicropanelRecipients { FilterType = MicropanelFilterType.SingleMember })));

        Assert.Equal("$.recipients.emailAddress", failure.Path);
        Assert.Equal("required when filterType is 2", failure.Message);
    }

    [Fact]
    public void Validate_FilterType3WithoutFilter_NamesExistingFilterId()
    {
        var failure = Assert.Single(MicropanelBatchRequestValidator.Validate(CreateRequest(new MicropanelRecipients { FilterType = MicropanelFilterType.ExistingFilter })));

        Assert.Equal("$.recipients.existingFilterID", failure.Path);
        Assert.Equal("required when filterType is 3", failure.Message);
    }

    [Fact]
    public void Validate_UnknownFilterType_IsRejected() =>
        Assert.Equal("$.recipients.filterType", Assert.Single(MicropanelBatchRequestValidator.Validate(CreateRequest(new MicropanelRecipients { FilterType = (MicropanelFilterType)9 }))).Path);

    [Theory]
    [InlineData("2026-12-10 13:43")]
    [InlineData("13/10/2026 13:43")]
    [InlineData("12/10/2026")]
    public void Validate_BadClosureFormat_NamesClosureDateTime(string closure)
    {
        var failure = Assert.Single(MicropanelBatchRequestValidator.Validate(CreateRequest(MicropanelRecipients.AllVerifiedMembers(), new AutomaticClosure(true, closure, null))));

        Assert.Equal("$.send.deliveryOptions.automaticClosure.closureDateTime", failure.Path);
        Assert.Equal("expected MM/dd/yyyy HH:mm", failure.Message);
    }

    [Fact]
    public void Validate_NegativePointsAndZeroIds_ReportsEveryProblem()
    {
        var request = CreateRequest(MicropanelRecipients.Filter(5001)) with
        {
            Compose = new MicropanelCompose { SurveyId = 0, SurveyLanguageId = 1, TemplateId = 0, TemplateLanguageId = 1, Incentives = new MicropanelIncentives(-1, 0, 0) },
        };

        Assert.Equal(
            ["$.compose.surveyID", "$.compose.templateID", "$.compose.incentives.completionPoints"],
            MicropanelBatchRequestValidator.Validate(request).Select(f => f.Path));
    }

    [Fact]
    public void At_FormatsInTheVendorFormat() =>
        Assert.Equal("03/07/2026 09:05", AutomaticClosure.At(new DateTime(2026, 3, 7, 9, 5, 0, DateTimeKind.Unspecified)).ClosureDateTime);
}
