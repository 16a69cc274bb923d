using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using static CampaignOrchestrator.Integrations.Tests.TestSupport.StubHttpHandler;

namespace CampaignOrchestrator.Integrations.Tests.Http;

public sealed class VendorPipelineTests
{
    private const string BatchBody = """{"response":{"emailBatchID":4001,"surveyID":1001,"emailBatchStatistics":{"sentCount":3}},"requestID":"r"}""";
    private const string ServerError = """{"response":{"error":{"name":"INTERNAL_SERVER_ERROR","httpStatusCode":500,"id":"1026","message":"We are not able to process your request"}}}""";

    [Fact]
    public async Task Get_On500_IsRetriedAndSucceeds()
    {
        var stub = new StubHttpHandler(Respond(500, ServerError), Respond(200, BatchBody));
        using var harness = new ClientHarness(stub);

        var batch = await harness.EmailBatches.GetAsync(1001, 4001);

        Assert.Equal(4001, batch.EmailBatchId);
        Assert.Equal(3, batch.EmailBatchStatistics!.SentCount);
        Assert.Equal(2, stub.CallCount);
    }

    [Fact]
    public async Task Get_OnPersistent500_GivesUpAfterMaxAttempts()
    {
        var stub = new StubHttpHandler(Respond(500, ServerError));
        using var harness = new ClientHarness(stub, questionPro: o => o.Resilience.MaxRetryAttempts = 3);

        var error = await Assert.ThrowsAsync<QuestionProException>(() => harness.EmailBatches.GetAsync(1001, 4001));

        Assert.Equal(4, stub.CallCount);
        Assert.Equal("1026", error.ErrorId);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Get_WithRetriesOff_IsSentOnce()
    {
        var stub = new StubHttpHandler(Respond(500, ServerError), Respond(200, BatchBody));
        using var harness = new ClientHarness(stub, questionPro: o => o.Resilience.MaxRetryAttempts = 0);

        await Assert.ThrowsAsync<QuestionProException>(() => harness.EmailBatches.GetAsync(1001, 4001));

        Assert.Equal(1, stub.CallCount);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Post_OnErrorStatus_IsSentExactlyOnce(int status)
    {
        var stub = new StubHttpHandler(Respond(status, ServerError), Respond(200, BatchBody));
        using var harness = new ClientHarness(stub);

        var error = await Assert.ThrowsAsync<QuestionProException>(() => harness.EmailBatches.CreateAsync(1001, CreateEmailBatchRequest.ForList(2001, 3001)));

        Assert.Equal(1, stub.CallCount);
        Assert.True(error.IsTransient);
        Assert.Equal(status >= 500 ? VendorEffect.Unknown : VendorEffect.None, error.Effect);
    }

    [Fact]
    public async Task Put_OnConnectionLostMidFlight_IsSentExactlyOnce()
    {
        var stub = new StubHttpHandler(Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "connection closed")), Respond(200, BatchBody));
        using var harness = new ClientHarness(stub);

        var error = await Assert.ThrowsAsync<QuestionProException>(() => harness.EmailBatches.SendAsync(1001, 4001, SendEmailBatchRequest.ForList(2001, 3001)));

        Assert.Equal(1, stub.CallCount);
        Assert.Equal(QuestionProFailureKind.Network, error.Failure.Kind);
        Assert.Equal(VendorEffect.Unknown, error.Effect);
    }

    [Fact]
    public async Task Post_ThatNeverConnected_IsRetried()
    {
        var stub = new StubHttpHandler(Throw(new HttpRequestException(HttpRequestError.ConnectionError, "refused")), Respond(200, BatchBody));
        using var harness = new ClientHarness(stub);

        var batch = await harness.EmailBatches.CreateAsync(1001, CreateEmailBatchRequest.ForList(2001, 3001));

        Assert.Equal(4001, batch.EmailBatchId);
        Assert.Equal(2, stub.CallCount);
        Assert.Equal(stub.Requests.First().Body, stub.Requests.Last().Body);
    }

    [Fact]
    public async Task Get_On429WithRetryAfter_WaitsThatLong()
    {
        var time = new TimerWatchingTimeProvider();
        var stub = new StubHttpHandler(Respond(429, "{}", r => r.Headers.Add("Retry-After", "7")), Respond(200, BatchBody));
        using var harness = new ClientHarness(stub, time);

        var call = harness.EmailBatches.GetAsync(1001, 4001);
        var wait = await time.WaitForTimerAsync(due => due >= TimeSpan.FromSeconds(1) && due < TimeSpan.FromMinutes(1));
        time.Advance(wait - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, stub.CallCount);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(4001, (await call.WaitAsync(TimeSpan.FromSeconds(10))).EmailBatchId);
        Assert.Equal(TimeSpan.FromSeconds(7), wait);
        Assert.Equal(2, stub.CallCount);
    }

    [Fact]
    public async Task Post_AttemptTimeout_FailsAsAmbiguousTimeoutWithoutResending()
    {
        var time = new TimerWatchingTimeProvider();
        var stub = new StubHttpHandler(Hang());
        using var harness = new ClientHarness(stub, time, questionPro: o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5));

        var call = Task.Run(() => harness.EmailBatches.CreateAsync(1001, CreateEmailBatchRequest.ForList(2001, 3001)));
        await stub.WaitForCallAsync(1);
        await AdvanceUntilDoneAsync(time, call, TimeSpan.FromSeconds(1), maxSteps: 30);

        var error = await Assert.ThrowsAsync<QuestionProException>(() => call);
        Assert.Equal(QuestionProFailureKind.Timeout, error.Failure.Kind);
        Assert.Equal(VendorEffect.Unknown, error.Effect);
        Assert.True(error.IsTransient);
        Assert.Equal(1, stub.CallCount);
        Assert.InRange(time.GetUtcNow() - time.Start, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
    }

        [Fact]
    public async Task Calls_BeyondTheBudget_WaitForTheWindow()
    {
        var time = new TimerWatchingTimeProvider();
        var stub = new StubHttpHandler(Respond(200, BatchBody));
        using var harness = new ClientHarness(stub, time, questionPro: o =>
        {
            o.RateLimit = new CallRateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromSeconds(60) };

            // Queueing for the budget must not count against the attempt timeout, or this call would time out at 5 s.
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.Resilience.MaxRetryAttempts = 0;
        });

        await harness.EmailBatches.GetAsync(1001, 4001);
        time.Advance(TimeSpan.FromSeconds(10));
        await harness.EmailBatches.GetAsync(1001, 4001);
        var third = Task.Run(() => harness.EmailBatches.GetAsync(1001, 4001));
        await AdvanceUntilDoneAsync(time, third, TimeSpan.FromSeconds(1), maxSteps: 120);

        Assert.Equal(3, stub.CallCount);
        Assert.Equal(4001, (await third).EmailBatchId);

        // The first call completed at t=0, so its slot frees at t=60 and not a moment earlier.
        Assert.Equal(TimeSpan.FromSeconds(60), time.GetUtcNow() - time.Start);
    }

    private static async Task AdvanceUntilDoneAsync(TimerWatchingTimeProvider time, Task call, TimeSpan step, int maxSteps)
    {
        for (var i = 0; i < maxSteps && !call.IsCompleted; i++)
        {
            // Let the call reach its next wait before moving the clock; the step bounds how far it can overshoot.
            await Task.WhenAny(call, Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System));
            if (!call.IsCompleted)
            {
                time.Advance(step);
            }
        }

        await call.ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(10));
    }
}
