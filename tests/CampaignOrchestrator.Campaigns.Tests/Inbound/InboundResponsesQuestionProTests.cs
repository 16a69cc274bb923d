using CampaignOrchestrator.Integrations.QuestionPro.Respondent;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Inbound responses answered into a QuestionPro survey through the respondent API.</summary>
public sealed class InboundResponsesQuestionProTests
{
    [Fact]
    public async Task Run_MultiPageSurvey_SubmitsEveryPageAndCompletes()
    {
        await using var env = await InboundTestEnvironment.StartAsync();

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [InboundResponses.CustomerSatisfaction("qp-1")]));

        Assert.Equal(1, summary.Recorded);
        Assert.Equal(3, env.Sandbox.GetLedger(LedgerKinds.RespondentPageSubmitted).Count);
        Assert.Single(env.Sandbox.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Fact]
    public async Task Run_AnswersTheSurveyRefuses_RejectedWithTheVendorsMessages()
    {
        await using var env = await InboundTestEnvironment.StartAsync();

        // The constant-sum question must total 100.
        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [InboundResponses.CustomerSatisfaction("qp-1", priceShare: 10)]));

        var rejected = Assert.Single(summary.Rejected);
        Assert.StartsWith("QuestionPro refused the answers: question 10005", rejected.Reason, StringComparison.Ordinal);
        Assert.Empty(env.Sandbox.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Fact]
    public async Task Run_AnswerThatTerminates_RejectedAsTerminated()
    {
        await using var env = await InboundTestEnvironment.StartAsync();

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [InboundResponses.CustomerSatisfaction("qp-1", firstAnswer: 50005)]));

        Assert.Equal("QuestionPro answered terminated", Assert.Single(summary.Rejected).Reason);
        Assert.Single(env.Sandbox.GetLedger(LedgerKinds.RespondentTerminated));
    }

    [Fact]
    public async Task Run_ClosedSurvey_RejectedWithItsStatus()
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        var response = InboundResponses.CustomerSatisfaction("qp-1") with { SurveyId = SampleAccount.ClosedSurveyId };

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [response]));

        Assert.Equal("QuestionPro answered survey_closed", Assert.Single(summary.Rejected).Reason);
    }

    [Fact]
    public async Task Run_SessionExpiresBetweenPages_AnswersAgainInANewSessionAndCompletesOnce()
    {
        var expiry = new ExpireAfterFirstSubmit();
        await using var env = await InboundTestEnvironment.StartAsync(
            services => OutermostHandler(services, expiry),
            sandbox => sandbox.SessionTimeout = TimeSpan.FromMinutes(1));
        expiry.Time = env.Time;

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [InboundResponses.CustomerSatisfaction("qp-1")]));

        Assert.True(summary.Recorded == 1, $"rejected: {string.Join("; ", summary.Rejected)}; failed: {string.Join("; ", summary.Failed)}");
        Assert.True(expiry.Expired);
        Assert.Single(env.Sandbox.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Fact]
    public async Task Run_FirstPageFailsAfterTheSurveyTookIt_AnswersAgainInANewSessionAndCompletesOnce()
    {
        var cut = new CutConnectionAfterSubmit(1);
        await using var env = await InboundTestEnvironment.StartAsync(services =>
            OutermostHandler(services, cut));

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [InboundResponses.CustomerSatisfaction("qp-1")]));

        Assert.Equal(1, summary.Recorded);
        Assert.Equal(4, env.Sandbox.GetLedger(LedgerKinds.RespondentPageSubmitted).Count);
        Assert.Single(env.Sandbox.GetLedger(LedgerKinds.RespondentCompleted));
    }

    [Fact]
    public async Task Run_LastPageFailsAfterTheSurveyRecordedIt_FailsAsAmbiguousInsteadOfAnsweringTwice()
    {
        var cut = new CutConnectionAfterSubmit(3);
        await using var env = await InboundTestEnvironment.StartAsync(services =>
            OutermostHandler(services, cut));

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("q-1", [InboundResponses.CustomerSatisfaction("qp-1")]));

        var failed = Assert.Single(summary.Failed);
        Assert.Contains("may already have taken effect", failed.Reason, StringComparison.Ordinal);
        Assert.Single(env.Sandbox.GetLedger(LedgerKinds.RespondentCompleted));
        Assert.Equal(3, env.Sandbox.GetLedger(LedgerKinds.RespondentPageSubmitted).Count);
    }

    /// <summary>Lets one submit-page call reach the survey, then loses its answer, as a dropped connection would.</summary>
    private sealed class CutConnectionAfterSubmit(int submitNumber) : DelegatingHandler
    {
        private int _submits;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath.Contains("submit-page", StringComparison.Ordinal) && Interlocked.Increment(ref _submits) == submitNumber)
            {
                response.Dispose();
                throw new HttpRequestException("The connection was reset after the request was sent.");
            }

            return response;
        }
    }

    // Outside the client's resilience pipeline, so moving the clock never times out a call in flight.
    private static void OutermostHandler(IServiceCollection services, DelegatingHandler handler) =>
        services.AddHttpClient<QuestionProRespondentClient>().ConfigureAdditionalHttpMessageHandlers((handlers, _) => handlers.Insert(0, handler));

    /// <summary>
    /// Moves the clock past the sandbox's session timeout once (set short: a jump longer than the worker's activity lock
    /// would make the activity look abandoned), right after the first page was accepted.
    /// </summary>
    private sealed class ExpireAfterFirstSubmit : DelegatingHandler
    {
        public FakeTimeProvider? Time { get; set; }

        public bool Expired { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!Expired && request.RequestUri!.AbsolutePath.Contains("submit-page", StringComparison.Ordinal))
            {
                Expired = true;
                Time!.Advance(TimeSpan.FromSeconds(61));
            }

            return response;
        }
    }
}
