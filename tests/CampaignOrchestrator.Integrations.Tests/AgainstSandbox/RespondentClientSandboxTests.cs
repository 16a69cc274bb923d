using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Integrations.Tests.AgainstSandbox;

public sealed class RespondentClientSandboxTests
{
    private static readonly Dictionary<long, AnswerValue> CompleteAnswers = new()
    {
        [10001] = AnswerValue.SingleChoice(50002),
        [10002] = AnswerValue.MultipleChoice(60001, 60003),
        [10003] = AnswerValue.FreeText("Faster exports"),
        [10004] = AnswerValue.Ranks(new Dictionary<long, int> { [61001] = 2, [61002] = 3, [61003] = 1 }),
        [10005] = AnswerValue.ConstantSum(new Dictionary<long, decimal> { [80001] = 40, [80002] = 35, [80003] = 25 }),
        [10006] = AnswerValue.Date(new DateOnly(2024, 6, 15)),
        [10007] = AnswerValue.Date(new DateOnly(2026, 12, 1)),
        [10008] = AnswerValue.FreeText("Thanks"),
    };

    [Fact]
    public async Task CompleteAsync_AllPages_CompletesOnceWithEveryAnswer()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var session = sandbox.Clients.Respondent.StartSession(SampleAccount.SurveyId);

        var final = await session.CompleteAsync(CompleteAnswers);

        Assert.Equal(RespondentStatus.SurveyComplete, final.Status);
        Assert.Equal(3, session.PagesSubmitted);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Fact]
    public async Task SubmitAsync_EveryCall_EchoesTheLatestToken()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var session = sandbox.Clients.Respondent.StartSession(SampleAccount.SurveyId);
        var tokens = new List<string?>();

        await session.StartAsync();
        tokens.Add(session.Token);
        await session.SubmitAsync(CompleteAnswers);
        tokens.Add(session.Token);
        var back = await session.PreviousAsync();
        tokens.Add(session.Token);

        Assert.Equal(3, tokens.Distinct().Count());
        Assert.Contains(back.Questions, q => q.Id == 10001);
        Assert.False(back.IsFinalPage);
    }

    [Fact]
    public async Task SubmitAsync_MissingRequiredAnswer_SurfacesValidationErrors()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var session = sandbox.Clients.Respondent.StartSession(SampleAccount.SurveyId);
        await session.StartAsync();

        var page = await session.SubmitAsync(new Dictionary<long, AnswerValue> { [10002] = AnswerValue.MultipleChoice(60002) });

        Assert.Equal(RespondentStatus.ValidationErrors, page.Status);
        var error = Assert.Single(page.ValidationErrors);
        Assert.Equal(10001, error.QuestionId);
        Assert.False(string.IsNullOrEmpty(error.Message));
    }

    [Fact]
    public async Task CompleteAsync_TerminatingAnswer_EndsTerminated()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var answers = new Dictionary<long, AnswerValue>(CompleteAnswers) { [10001] = AnswerValue.SingleChoice(50005) };

        var final = await sandbox.Clients.Respondent.StartSession(SampleAccount.SurveyId).CompleteAsync(answers);

        Assert.Equal(RespondentStatus.Terminated, final.Status);
        Assert.False(string.IsNullOrEmpty(final.RedirectUrl));
        Assert.Empty(sandbox.Server.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Theory]
    [InlineData(SampleAccount.ClosedSurveyId, RespondentStatus.SurveyClosed)]
    [InlineData(SampleAccount.PausedSurveyId, RespondentStatus.SurveyPaused)]
    [InlineData(SampleAccount.SuspendedSurveyId, RespondentStatus.SurveySuspended)]
    [InlineData(SampleAccount.QuotaFullSurveyId, RespondentStatus.QuotaFull)]
    public async Task CompleteAsync_UnavailableSurvey_ReturnsItsStatus(long surveyId, RespondentStatus expected)
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var final = await sandbox.Clients.Respondent.StartSession(surveyId).CompleteAsync(CompleteAnswers);

        Assert.Equal(expected, final.Status);
    }

    [Fact]
    public async Task SubmitAsync_AfterExpiry_ThrowsSessionExpired()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var session = sandbox.Clients.Respondent.StartSession(SampleAccount.SurveyId);
        await session.StartAsync();
        sandbox.SandboxTime.Advance(TimeSpan.FromMinutes(31));

        var error = await Assert.ThrowsAsync<QuestionProException>(() => session.SubmitAsync(CompleteAnswers));

        Assert.True(error.IsSessionExpired);
        Assert.Equal("1002", error.ErrorId);
    }

    [Fact]
    public async Task CompleteAsync_SessionExpiresMidway_StartsANewSessionAndCompletesOnce()
    {
        SandboxSession? sandbox = null;
        var expireAfterFirstSubmit = new AfterFirstResponseHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/submit-page", StringComparison.Ordinal),
            () => sandbox!.SandboxTime.Advance(TimeSpan.FromMinutes(31)));
        sandbox = await SandboxSession.StartAsync(handler: expireAfterFirstSubmit);
        await using var _ = sandbox;
        var session = sandbox.Clients.Respondent.StartSession(SampleAccount.SurveyId);

        var final = await session.CompleteAsync(CompleteAnswers);

        Assert.Equal(RespondentStatus.SurveyComplete, final.Status);
        Assert.Equal(2, session.SessionsStarted);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.RespondentCompleted));
    }
}
