using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.Control;

public sealed class FaultInjectionTests
{
    private const string CreatePath = "/a/api/v2/surveys/1001/batches";
    private const string CreateBody = """{"mode":2,"emails":["a@example.com"],"templateID":3001}""";
    private const string FilterPath = "/a/api/v2/micropanel/filters/5001";

    [Fact]
    public async Task ServerError_QuestionPro_Answers500BeforeProcessing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { ServerErrorRate = 1 });

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, CreatePath, CreateBody);

        Assert.Equal(500, status);
        Assert.Equal("We are not able to process your request", QuestionProAssert.Error(body, 500, "INTERNAL_SERVER_ERROR", "1026", CreatePath));
        Assert.Empty(sandbox.Server.GetLedger());
        Assert.Equal(1, sandbox.Server.GetMetrics().InjectedFaults["serverError"]);
    }

    [Fact]
    public async Task ServerError_BeforeAuthentication_EvenWithoutKey()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { ServerErrorRate = 1 });

        Assert.Equal(500, (await sandbox.CallAsync(HttpMethod.Get, FilterPath, apiKey: null)).Status);
    }

    [Fact]
    public async Task ServerError_SatisMeter_AnswersItsOwnErrorFormat()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { ServerErrorRate = 1 });

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, "/api/responses", "{}", apiKey: null);

        Assert.Equal(500, status);
        Assert.True(body.TryGetProperty("message", out _));
    }

    [Fact]
    public async Task RateLimit_Answers429WithoutRetryAfter()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { RateLimitRate = 1 });

        using var response = await sandbox.GetAsync(FilterPath);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        QuestionProAssert.Error(await SandboxHarness.JsonOf(response), 429, "TOO_MANY_REQUESTS", "1013");
        var metrics = sandbox.Server.GetMetrics();
        Assert.Equal(1, metrics.InjectedTooManyRequests);
        Assert.Equal(0, metrics.RateLimiterRejections);
    }

    [Fact]
    public async Task RateLimitWithRetryAfter_Answers429WithTheHeader()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { RateLimitWithRetryAfterRate = 1, RetryAfterSeconds = 7 });

        using var response = await sandbox.GetAsync(FilterPath);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Latency_DelaysThenProcessesNormally()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { LatencyRate = 1, LatencyMs = 150 });
        var stopwatch = Stopwatch.StartNew();

        var (status, _) = await sandbox.CallAsync(HttpMethod.Post, CreatePath, CreateBody);

        Assert.Equal(200, status);
        Assert.True(stopwatch.ElapsedMilliseconds >= 140, $"took {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(2, sandbox.Server.GetLedger().Count);
    }

    [Fact]
    public async Task Timeout_WithTimeoutMs_Answers504WithoutProcessing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { TimeoutRate = 1, TimeoutMs = 100 });

        using var response = await sandbox.PostAsync(CreatePath, CreateBody);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task Timeout_WithoutTimeoutMs_HoldsUntilTheCallerGivesUp()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { TimeoutRate = 1 });
        using var impatient = new HttpClient { BaseAddress = sandbox.Server.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        using var request = new HttpRequestMessage(HttpMethod.Post, CreatePath) { Content = new StringContent(CreateBody) };
        request.Headers.Add("api-key", SampleAccount.ApiKey);

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.SendAsync(request));

        Assert.Empty(sandbox.Server.GetLedger());
        Assert.Equal(1, sandbox.Server.GetMetrics().InjectedFaults["timeout"]);
    }

    [Fact]
    public async Task CommitThenError_RecordsTheEffectButAnswers500()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { CommitThenErrorRate = 1, Methods = ["POST"] });

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, CreatePath, CreateBody);

        Assert.Equal(500, status);
        QuestionProAssert.Error(body, 500, "INTERNAL_SERVER_ERROR", "1026");
        Assert.Equal([LedgerKinds.EmailBatchCreated, LedgerKinds.EmailBatchSent], sandbox.Server.GetLedger().Select(entry => entry.Kind));
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/surveys/1001/batches/4002")).Status);
    }

    [Fact]
    public async Task CommitThenError_OnSubmitPage_AdvancesTheSessionButSendsNoToken()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var taker = new Tests.QuestionPro.Respondent.SurveyTaker(sandbox);
        await taker.TakeAsync();
        sandbox.Server.SetFaults(new FaultSettings { CommitThenErrorRate = 1, PathPrefix = "/a/api/v2/surveys/1001/submit-page" });

        var reply = await taker.SubmitAsync(Tests.QuestionPro.Respondent.SampleAnswers.Page1);

        Assert.Equal(500, reply.Status);
        Assert.Null(reply.Token);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.RespondentPageSubmitted));
        sandbox.Server.SetFaults(new FaultSettings());
        Assert.Equal(400, (await taker.SubmitAsync(Tests.QuestionPro.Respondent.SampleAnswers.Page1)).Status);
    }

    [Fact]
    public async Task CommitThenTimeout_RecordsTheEffectThenHolds()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { CommitThenTimeoutRate = 1, TimeoutMs = 100 });

        using var response = await sandbox.PostAsync(CreatePath, CreateBody);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal(2, sandbox.Server.GetLedger().Count);
    }

    [Fact]
    public async Task InvalidJson_Answers500WithTheDocumentsNotQuiteJsonEnvelope()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { InvalidJsonRate = 1 });

        using var response = await sandbox.GetAsync(FilterPath);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"docs\": www.questionpro.com/api/error-codes.html", text, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Filters_MethodsAndPathPrefix_LimitWhichCallsGetFaults()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { ServerErrorRate = 1, Methods = ["post"], PathPrefix = "/a/api/v2/micropanel" });

        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Post, CreatePath, CreateBody)).Status);
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, FilterPath)).Status);
        Assert.Equal(500, (await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/micropanel/batches", "{}")).Status);
    }

    [Fact]
    public async Task ControlRoutes_AreNeverFaulted()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { ServerErrorRate = 1 });

        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, "/_sandbox/ledger", apiKey: null)).Status);
        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, "/_sandbox/metrics", apiKey: null)).Status);
    }

    [Fact]
    public async Task Draws_SameSeed_SameSequenceOfFaults()
    {
        var sequences = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var sandbox = await SandboxHarness.StartAsync();
            sandbox.Server.SetFaults(new FaultSettings { Seed = 5, ServerErrorRate = 0.3, RateLimitRate = 0.3 });
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                statuses.Add((await sandbox.CallAsync(HttpMethod.Get, FilterPath)).Status);
            }

            Assert.Contains(200, statuses);
            Assert.Contains(500, statuses);
            Assert.Contains(429, statuses);
            sequences.Add(string.Join(",", statuses));
        }

        Assert.Equal(sequences[0], sequences[1]);
    }
}
