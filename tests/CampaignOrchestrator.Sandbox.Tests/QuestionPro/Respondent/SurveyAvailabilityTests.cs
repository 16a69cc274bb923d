namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

public sealed class SurveyAvailabilityTests
{
    [Theory]
    [InlineData(SampleAccount.ClosedSurveyId, "survey_closed")]
    [InlineData(SampleAccount.PausedSurveyId, "survey_paused")]
    [InlineData(SampleAccount.SuspendedSurveyId, "survey_suspended")]
    [InlineData(SampleAccount.QuotaFullSurveyId, "quota_full")]
    public async Task Take_UnavailableSurvey_AnswersItsStatusWithAToken(long surveyId, string status)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new SurveyTaker(sandbox, surveyId);

        var first = await taker.TakeAsync();
        var again = await taker.TakeAsync();

        Assert.Equal(200, first.Status);
        Assert.Equal(["status"], first.Response.EnumerateObject().Select(property => property.Name));
        Assert.Equal(status, first.StatusText);
        Assert.NotNull(first.Token);
        Assert.Equal(status, again.StatusText);
    }

    [Fact]
    public async Task SubmitPage_QuotaReachedByAnotherRespondent_AnswersQuotaFull()
    {
        const string data = """
            {"surveys":[{"id":1010,"name":"One complete","quota":1,"completionRedirectUrl":"https://example.com/thanks",
              "pages":[{"questions":[{"id":7,"type":"U","text":"Pick","required":true,"answers":[{"id":71,"text":"A"},{"id":72,"text":"B"}]}]}]}]}
            """;
        await using var sandbox = await SandboxHarness.StartAsync(options => options.DataFile = TestData.Write(data));
        var first = new SurveyTaker(sandbox, 1010);
        var second = new SurveyTaker(sandbox, 1010);
        await first.TakeAsync();
        await second.TakeAsync();

        var complete = await first.SubmitExpectingAsync("""{"u_7":"71"}""", "survey_complete");
        var reply = await second.SubmitAsync("""{"u_7":"72"}""");

        Assert.Equal("https://example.com/thanks", complete.GetProperty("redirectUrl").GetString());
        Assert.Equal("quota_full", reply.StatusText);
        Assert.Equal("quota_full", (await new SurveyTaker(sandbox, 1010).TakeAsync()).StatusText);
    }

    [Fact]
    public async Task Take_UnknownSurvey_Answers404()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var reply = await new SurveyTaker(sandbox, 9999).TakeAsync();

        Assert.Equal(404, reply.Status);
        Assert.Null(reply.Token);
    }
}
