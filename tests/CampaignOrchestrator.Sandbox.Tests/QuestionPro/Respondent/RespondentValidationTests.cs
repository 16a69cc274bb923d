namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

public sealed class RespondentValidationTests
{
    [Theory]
    [InlineData("{}", 10001, "This question is required.")]
    [InlineData("""{"u_10001":"59999"}""", 10001, "'59999' is not an answer of this question.")]
    [InlineData("""{"u_10001":"50001","m_10002":["60001","60009"]}""", 10002, "'60009' is not an answer of this question.")]
    [InlineData("""{"u_10001":"50001","m_10002":["60001","60001"]}""", 10002, "Each answer may be chosen only once.")]
    public async Task SubmitPage_InvalidPage1_RepeatsThePageWithErrors(string json, long questionId, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();

        var response = await taker.SubmitExpectingAsync(json, "validation_errors");

        var error = Assert.Single(response.GetProperty("validationErrors").EnumerateArray());
        Assert.Equal(questionId, error.GetProperty("questionId").GetInt64());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, error.GetProperty("answerErrors").ValueKind);
        Assert.Equal([10001L, 10002], response.GetProperty("questions").EnumerateArray().Select(question => question.GetProperty("json").GetProperty("id").GetInt64()));
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Theory]
    [InlineData("""{"s_80001":"40","s_80002":"35","s_80003":"20"}""", 10005, "The values must add up to 100 (they add up to 95).")]
    [InlineData("""{"s_80001":"abc","s_80002":"35","s_80003":"20"}""", 10005, "'abc' is not a number of at least 0.")]
    [InlineData("""{"t_70001":"x"}""", 10005, "This question is required.")]
    [InlineData("""{"s_80001":100,"r_61001":"1","r_61002":"1","r_61003":"2"}""", 10004, "Rank every option exactly once: the ranks must be a permutation of 1..3.")]
    [InlineData("""{"s_80001":100,"r_61001":"1","r_61002":"2"}""", 10004, "Rank every option exactly once: the ranks must be a permutation of 1..3.")]
    public async Task SubmitPage_InvalidPage2_RepeatsThePageWithErrors(string json, long questionId, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await taker.SubmitAsync(SampleAnswers.Page1);

        var response = await taker.SubmitExpectingAsync(json, "validation_errors");

        var error = Assert.Single(response.GetProperty("validationErrors").EnumerateArray());
        Assert.Equal(questionId, error.GetProperty("questionId").GetInt64());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"dt_day_10006":"31","dt_month_10006":"2","dt_year_10006":"2024"}""", 10006, "'31/2/2024' (day/month/year) is not a valid date.")]
    [InlineData("""{"dt_day_10006":"15","dt_month_10006":"6"}""", 10006, "Enter a complete date (day, month and year).")]
    [InlineData("""{"dt_cal_10007":"15/06/2024"}""", 10007, "'15/06/2024' is not a valid date (expected yyyy-MM-dd).")]
    public async Task SubmitPage_InvalidDates_RepeatsThePageWithErrors(string json, long questionId, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await taker.SubmitAsync(SampleAnswers.Page1);
        await taker.SubmitAsync(SampleAnswers.Page2);

        var response = await taker.SubmitExpectingAsync(json, "validation_errors");

        var error = Assert.Single(response.GetProperty("validationErrors").EnumerateArray());
        Assert.Equal(questionId, error.GetProperty("questionId").GetInt64());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task SubmitPage_NumbersInsteadOfStrings_AreAccepted()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();

        await taker.SubmitExpectingAsync("""{"u_10001":50002,"m_10002":[60001]}""", "success");
    }

    [Theory]
    [InlineData("""{"u_10001":"50001","t_70001":"wrong page"}""", "t_70001 is not an answer key of the current page")]
    [InlineData("""{"answers":[]}""", "answers is not an answer key of the current page")]
    [InlineData("""{"u_10001":["50001"]}""", "u_10001 must be a string")]
    [InlineData("""{"m_10002":"60001"}""", "m_10002 must be an array of answer ids")]
    [InlineData("""["u_10001"]""", "The request body must be a JSON object of answers")]
    public async Task SubmitPage_KeyNotOnPageOrWrongType_Answers400With1002(string json, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        var token = taker.Token;

        var reply = await taker.SubmitAsync(json);

        Assert.Equal(400, reply.Status);
        Assert.StartsWith(message, QuestionProAssert.Error(reply.Body, 400, "BAD_REQUEST", "1002"), StringComparison.Ordinal);
        Assert.Null(reply.Token);
        Assert.Equal(token, taker.Token);
        await taker.SubmitExpectingAsync(SampleAnswers.Page1, "success");
    }

    [Fact]
    public async Task SubmitPage_BodyNotJson_Answers400With1001()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();

        var reply = await taker.SubmitAsync("u_10001=50001");

        Assert.Equal(400, reply.Status);
        QuestionProAssert.Error(reply.Body, 400, "BAD_REQUEST", "1001");
    }
}
