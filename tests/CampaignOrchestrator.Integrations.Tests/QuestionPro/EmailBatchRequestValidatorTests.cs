using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro;

public sealed class EmailBatchRequestValidatorTests
{
    private static readonly EmailTemplate GoodTemplate = new("Tell us", "Hello, <SURVEY_LINK> thanks");

    [Fact]
    public void ValidateCreate_Mode1WithListAndTemplate_IsValid() =>
        Assert.Empty(EmailBatchRequestValidator.ValidateCreate(1001, CreateEmailBatchRequest.ForList(2001, 3001)));

    [Fact]
    public void ValidateCreate_Mode3WithoutSurveyLink_NamesTheContent()
    {
        var failures = EmailBatchRequestValidator.ValidateCreate(1001, CreateEmailBatchRequest.ForList(2001, new EmailTemplate("s", "no link")));

        var failure = Assert.Single(failures);
        Assert.Equal("$.emailTemplate.content", failure.Path);
        Assert.Equal("mode 3 requires <SURVEY_LINK>", failure.Message);
    }

    [Fact]
    public void ValidateCreate_Mode4WithBadAddress_NamesTheIndex()
    {
        var failures = EmailBatchRequestValidator.ValidateCreate(1001, CreateEmailBatchRequest.ForAddresses(["a@example.com", "nope"], GoodTemplate));

        Assert.Equal("$.emails[1]", Assert.Single(failures).Path);
    }

    [Fact]
    public void ValidateCreate_NonPositiveIds_ReportsEach()
    {
        var failures = EmailBatchRequestValidator.ValidateCreate(0, CreateEmailBatchRequest.ForList(-1, 0));

        Assert.Equal(["$.surveyId", "$.emailListID", "$.templateID"], failures.Select(f => f.Path));
    }

    [Fact]
    public void ValidateCreate_Mode1WithCustomTemplate_IsRejected()
    {
        var request = CreateEmailBatchRequest.ForList(2001, 3001) with { EmailTemplate = GoodTemplate };

        Assert.Equal("$.emailTemplate", Assert.Single(EmailBatchRequestValidator.ValidateCreate(1001, request)).Path);
    }

    [Fact]
    public void ValidateSend_Mode2_IsRejected()
    {
        var request = new SendEmailBatchRequest { Mode = EmailBatchMode.AddressesWithTemplate, EmailListId = 2001, TemplateId = 3001 };

        var failure = Assert.Single(EmailBatchRequestValidator.ValidateSend(1001, 4001, request));
        Assert.Equal("$.mode", failure.Path);
    }

    [Fact]
    public void ValidateSend_Mode3WithLink_IsValid() =>
        Assert.Empty(EmailBatchRequestValidator.ValidateSend(1001, 4001, SendEmailBatchRequest.ForList(2001, GoodTemplate)));
}
