using System.Text.Json;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

public sealed class RespondentFlowTests
{
    [Fact]
    public async Task Take_WithoutToken_OpensPage1ShapedLikeTheVendorExample()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);

        var reply = await taker.TakeAsync();

        Assert.Equal(200, reply.Status);
        Assert.NotNull(reply.Token);
        Assert.Equal(2, reply.Token.Split('.').Length);
        var response = QuestionProAssert.Success(reply.Body);
        Assert.Equal(["status", "meta", "navigation", "themeConfig", "questions"], response.EnumerateObject().Select(property => property.Name));
        Assert.Equal("success", response.GetProperty("status").GetString());
        Assert.False(response.GetProperty("meta").GetProperty("isFinalPage").GetBoolean());
        Assert.Equal(0, response.GetProperty("meta").GetProperty("progressPercentage").GetInt32());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("navigation").GetProperty("previousPageUrl").ValueKind);
        Assert.Equal("/a/api/v2/surveys/1001/submit-page", response.GetProperty("navigation").GetProperty("nextPageSubmitUrl").GetString());
        Assert.Equal(["https://cdn.questionpro.com/themes/corporate.css"], response.GetProperty("themeConfig").GetProperty("cssUrls").EnumerateArray().Select(url => url.GetString()));
        var question = response.GetProperty("questions")[0];
        Assert.Contains("<div class='qstn-row'", question.GetProperty("html").GetString(), StringComparison.Ordinal);
        var json = question.GetProperty("json");
        Assert.Equal(10001, json.GetProperty("id").GetInt64());
        Assert.Equal("U", json.GetProperty("type").GetString());
        Assert.True(json.GetProperty("required").GetBoolean());
        Assert.Equal([50001L, 50002, 50003, 50004, 50005], json.GetProperty("answers").EnumerateArray().Select(answer => answer.GetProperty("id").GetInt64()));
        Assert.Equal("u_", json.GetProperty("formParam").GetProperty("paramPrefix").GetString());
        Assert.Equal("questionId", json.GetProperty("formParam").GetProperty("paramIdType").GetString());
        Assert.Equal([10001L, 10002], reply.QuestionIds);
    }

    [Fact]
    public async Task SubmitPage_AllThreePages_CompletesTheSurvey()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();

        var page2 = await taker.SubmitExpectingAsync(SampleAnswers.Page1, "success");
        Assert.Equal(33, page2.GetProperty("meta").GetProperty("progressPercentage").GetInt32());
        Assert.Equal("/a/api/v2/surveys/1001/previous-page", page2.GetProperty("navigation").GetProperty("previousPageUrl").GetString());
        var sum = page2.GetProperty("questions")[2].GetProperty("json");
        Assert.Equal(100, sum.GetProperty("total").GetInt32());
        Assert.Equal("answerId", sum.GetProperty("formParam").GetProperty("paramIdType").GetString());

        var page3 = await taker.SubmitExpectingAsync(SampleAnswers.Page2, "success");
        Assert.True(page3.GetProperty("meta").GetProperty("isFinalPage").GetBoolean());
        var date = page3.GetProperty("questions")[0].GetProperty("json");
        Assert.Equal("dt_", date.GetProperty("formParam").GetProperty("paramPrefix").GetString());
        Assert.False(date.GetProperty("includeTime").GetBoolean());
        Assert.Equal("dt_cal_", page3.GetProperty("questions")[1].GetProperty("json").GetProperty("formParam").GetProperty("paramPrefix").GetString());

        var complete = await taker.SubmitExpectingAsync(SampleAnswers.Page3, "survey_complete");
        Assert.Equal(["status"], complete.EnumerateObject().Select(property => property.Name));

        var entries = sandbox.Server.GetLedger("questionpro.respondent");
        Assert.Equal(
            [LedgerKinds.RespondentPageSubmitted, LedgerKinds.RespondentPageSubmitted, LedgerKinds.RespondentPageSubmitted, LedgerKinds.RespondentCompleted],
            entries.Select(entry => entry.Kind));
        Assert.Equal("50002", entries[3].Details.GetProperty("answers").GetProperty("u_10001").GetString());
        Assert.Equal(3, entries[2].Details.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Take_AfterCompletion_AnswersAlreadyCompleted()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await taker.SubmitAsync(SampleAnswers.Page1);
        await taker.SubmitAsync(SampleAnswers.Page2);
        await taker.SubmitAsync(SampleAnswers.Page3);

        var take = await taker.TakeAsync();
        var submit = await taker.SubmitAsync(SampleAnswers.Page3);

        Assert.Equal("already_completed", take.StatusText);
        Assert.Equal("already_completed", submit.StatusText);
        Assert.NotNull(submit.Token);
    }

    [Fact]
    public async Task Take_WithToken_ReturnsTheSessionsCurrentPage()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await taker.SubmitAsync(SampleAnswers.Page1);

        var reply = await taker.TakeAsync();

        Assert.Equal([10003L, 10004, 10005], reply.QuestionIds);
    }

    [Fact]
    public async Task SubmitPage_TerminatingAnswer_TerminatesWithRedirect()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();

        var terminated = await taker.SubmitExpectingAsync("""{"u_10001":"50005"}""", "terminated");

        Assert.Equal("https://panel.example.com/complete?status=disqualified&survey=1001", terminated.GetProperty("redirectUrl").GetString());
        var entry = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.RespondentTerminated));
        Assert.Equal(50005, entry.Details.GetProperty("answerId").GetInt64());
        Assert.Equal("already_completed", (await taker.TakeAsync()).StatusText);
        Assert.Empty(sandbox.Server.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Fact]
    public async Task PreviousPage_AfterASubmit_GoesBackToPage1()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await taker.SubmitAsync(SampleAnswers.Page1);

        var previous = await taker.PreviousAsync();

        Assert.Equal(200, previous.Status);
        Assert.Equal([10001L, 10002], previous.QuestionIds);
        Assert.Equal(JsonValueKind.Null, previous.Response.GetProperty("navigation").GetProperty("previousPageUrl").ValueKind);
        await taker.SubmitExpectingAsync("""{"u_10001":"50001"}""", "success");
    }

    [Fact]
    public async Task PreviousPage_BeforeAnySubmit_Answers400()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        var token = taker.Token;

        var reply = await taker.PreviousAsync();

        Assert.Equal(400, reply.Status);
        QuestionProAssert.Error(reply.Body, 400, "BAD_REQUEST", "1000");
        Assert.Null(reply.Token);
        Assert.Equal(200, (await taker.SubmitAsync(SampleAnswers.Page1)).Status);
        Assert.NotEqual(token, taker.Token);
    }
}
