using CampaignOrchestrator.Integrations.QuestionPro.Respondent;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

public sealed class RespondentPageParserSeedTests
{
    private const string TakeRequestId = "8012fedc-e8ce-48ae-b800-6q5ce287987a";
    private const string SubmitRequestId = "9023abcd-f9df-59bf-c900-7r6df398098b";

    public static TheoryData<string, RespondentStatus, string?, string> FinalStatusSeeds => new()
    {
        { TakeResponseSeed.AuthenticationRequired, RespondentStatus.AuthenticationRequired, null, TakeRequestId },
        { TakeResponseSeed.AlreadyCompleted, RespondentStatus.AlreadyCompleted, null, TakeRequestId },
        { TakeResponseSeed.QuotaFull, RespondentStatus.QuotaFull, null, TakeRequestId },
        { TakeResponseSeed.SurveyComplete, RespondentStatus.SurveyComplete, null, TakeRequestId },
        { TakeResponseSeed.SurveyCompleteWithRedirect, RespondentStatus.SurveyComplete, "https://www.questionpro.com/a/TakeSurvey?tt=abc123", TakeRequestId },
        { TakeResponseSeed.Terminated, RespondentStatus.Terminated, null, TakeRequestId },
        { TakeResponseSeed.TerminatedWithRedirect, RespondentStatus.Terminated, "https://panel.example.com/complete?status=disqualified&ref=456", TakeRequestId },
        { TakeResponseSeed.SurveyClosed, RespondentStatus.SurveyClosed, null, TakeRequestId },
        { TakeResponseSeed.LanguageSelectionRequired, RespondentStatus.LanguageSelectionRequired, null, TakeRequestId },
        { TakeResponseSeed.Redirect, RespondentStatus.Redirect, "https://www.questionpro.com/a/TakeSurvey?tt=xyz789", TakeRequestId },
        { SubmitPageResponseSeed.SurveyComplete, RespondentStatus.SurveyComplete, null, SubmitRequestId },
        { SubmitPageResponseSeed.SurveyCompleteWithRedirect, RespondentStatus.SurveyComplete, "https://www.questionpro.com/a/TakeSurvey?tt=abc123", SubmitRequestId },
        { SubmitPageResponseSeed.Terminated, RespondentStatus.Terminated, null, SubmitRequestId },
        { SubmitPageResponseSeed.TerminatedWithRedirect, RespondentStatus.Terminated, "https://panel.example.com/complete?status=disqualified&ref=456", SubmitRequestId },
    };

    [Fact]
    public void Parse_TakeFirstPage_ReadsEveryField()
    {
        var page = RespondentPageParser.Parse(TakeResponseSeed.FirstPage);

        Assert.Equal(RespondentStatus.Success, page.Status);
        Assert.Equal("success", page.RawStatus);
        Assert.Null(page.RedirectUrl);
        Assert.False(page.IsFinalPage);
        Assert.Equal(0, page.ProgressPercentage);
        Assert.Null(page.PreviousPageUrl);
        Assert.Equal("/a/api/v2/surveys/123456/submit-page", page.NextPageSubmitUrl);
        Assert.Equal(["https://cdn.questionpro.com/themes/corporate.css"], page.CssUrls);
        Assert.Empty(page.JsUrls);
        Assert.Empty(page.ValidationErrors);
        Assert.Equal(TakeRequestId, page.RequestId);

        var question = Assert.Single(page.Questions);
        Assert.Equal(10001, question.Id);
        Assert.Equal("U", question.Type);
        Assert.Equal("How satisfied are you with our service?", question.Text);
        Assert.Null(question.Required);
        Assert.Equal("<div class='qstn-row'>...rendered HTML...</div>", question.Html);
        Assert.Equal(new FormParam("u_", FormParamIdType.QuestionId, "questionId"), question.FormParam);
        Assert.Equal(
            [new(50001, "Very satisfied"), new(50002, "Satisfied"), new(50003, "Neutral"), new SurveyAnswerOption(50004, "Dissatisfied")],
            question.Answers);
        Assert.Equal(10001, question.Json.GetProperty("id").GetInt64());
    }

    [Fact]
    public void Parse_SubmitNextPage_ReadsNavigationAndMultipleChoiceQuestion()
    {
        var page = RespondentPageParser.Parse(SubmitPageResponseSeed.NextPage);

        Assert.Equal(RespondentStatus.Success, page.Status);
        Assert.Equal(50, page.ProgressPercentage);
        Assert.Equal("/a/api/v2/surveys/123456/previous-page", page.PreviousPageUrl);
        Assert.Equal(SubmitRequestId, page.RequestId);
        var question = Assert.Single(page.Questions);
        Assert.Equal(10002, question.Id);
        Assert.Equal("M", question.Type);
        Assert.Equal(new FormParam("m_", FormParamIdType.QuestionId, "questionId"), question.FormParam);
        Assert.Equal([60001L, 60002L, 60003L], question.Answers.Select(answer => answer.Id));
        Assert.Equal(["Dashboard", "Reports", "Integrations"], question.Answers.Select(answer => answer.Text));
    }

    [Fact]
    public void Parse_SubmitValidationErrors_ReadsErrorWithNullAnswerErrors()
    {
        var page = RespondentPageParser.Parse(SubmitPageResponseSeed.ValidationErrors);

        Assert.Equal(RespondentStatus.ValidationErrors, page.Status);
        Assert.Equal("validation_errors", page.RawStatus);
        Assert.Equal(0, page.ProgressPercentage);
        Assert.Null(page.PreviousPageUrl);
        var question = Assert.Single(page.Questions);
        Assert.Equal(10001, question.Id);
        Assert.Empty(question.Answers);
        var error = Assert.Single(page.ValidationErrors);
        Assert.Equal(10001, error.QuestionId);
        Assert.Equal("This question is required.", error.Message);
        Assert.Null(error.AnswerErrors);
    }

    [Fact]
    public void Parse_SubmitFinalPage_ReadsFinalFlagAndAnswerWithoutText()
    {
        var page = RespondentPageParser.Parse(SubmitPageResponseSeed.FinalPage);

        Assert.True(page.IsFinalPage);
        Assert.Equal(90, page.ProgressPercentage);
        Assert.Empty(page.CssUrls);
        var question = Assert.Single(page.Questions);
        Assert.Equal(10099, question.Id);
        Assert.Equal("T", question.Type);
        Assert.Equal(new FormParam("t_", FormParamIdType.AnswerId, "answerId"), question.FormParam);
        Assert.Equal([new SurveyAnswerOption(99001, null)], question.Answers);
    }

    [Theory]
    [MemberData(nameof(FinalStatusSeeds))]
    public void Parse_FinalStatusSeed_ReturnsStatusAndDefaults(string body, RespondentStatus status, string? redirectUrl, string requestId)
    {
        var page = RespondentPageParser.Parse(body);

        Assert.Equal(status, page.Status);
        Assert.Equal(RespondentStatusParser.ToWireString(status), page.RawStatus);
        Assert.Equal(redirectUrl, page.RedirectUrl);
        Assert.Equal(requestId, page.RequestId);
        Assert.False(page.IsFinalPage);
        Assert.Null(page.ProgressPercentage);
        Assert.Null(page.PreviousPageUrl);
        Assert.Null(page.NextPageSubmitUrl);
        Assert.Empty(page.CssUrls);
        Assert.Empty(page.JsUrls);
        Assert.Empty(page.Questions);
        Assert.Empty(page.ValidationErrors);
    }

    [Theory]
    [InlineData(SubmitPageResponseSeed.BadRequestEnvelope)]
    [InlineData(TakeResponseSeed.UnauthorizedEnvelope)]
    public void Parse_SeedErrorEnvelopeThatIsNotJson_ThrowsFormatExceptionWithExcerpt(string body)
    {
        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(body));

        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.StartsWith("The body is not valid JSON", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("{ \"response\": { \"error\": { \"docs\": www.questionpro.com", exception.Excerpt, StringComparison.Ordinal);
        Assert.Contains(exception.Excerpt, exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Fact]
    public void Parse_SessionExpiredSeed_ThrowsAsErrorEnvelopeWithVendorMessage()
    {
        var exception = Assert.Throws<RespondentResponseFormatException>(() => RespondentPageParser.Parse(SubmitPageResponseSeed.SessionExpired));

        Assert.True(exception.IsErrorEnvelope);
        Assert.Equal("$.error", exception.JsonPath);
        Assert.StartsWith(
            "The body is an error envelope, not a respondent page: Session expired. Please load the survey page before submitting. (at $.error)",
            exception.Message,
            StringComparison.Ordinal);
    }
}
