using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Tests.QuestionPro.Respondent;

namespace CampaignOrchestrator.Sandbox.Tests.Control;

public sealed class LedgerAndResetTests
{
    [Fact]
    public async Task Ledger_OverHttp_ListsEntriesInOrderAndFiltersByKind()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        await ProduceEveryKindAsync(sandbox);

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, "/_sandbox/ledger", apiKey: null);
        var (_, satisMeter) = await sandbox.CallAsync(HttpMethod.Get, "/_sandbox/ledger?kind=satismeter.", apiKey: null);

        Assert.Equal(200, status);
        var entries = body.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(n => (long)n), entries.Select(entry => entry.GetProperty("sequence").GetInt64()));
        Assert.Equal(["sequence", "at", "kind", "details"], entries[0].EnumerateObject().Select(property => property.Name));
        Assert.Equal(
            [
                LedgerKinds.EmailBatchCreated, LedgerKinds.EmailBatchSent, LedgerKinds.EmailBatchSent, LedgerKinds.MicropanelBatchCreated,
                LedgerKinds.RespondentPageSubmitted, LedgerKinds.RespondentTerminated, LedgerKinds.SatisMeterResponseRecorded,
            ],
            entries.Select(entry => entry.GetProperty("kind").GetString()));
        Assert.Equal([LedgerKinds.SatisMeterResponseRecorded], satisMeter.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Ledger_NeverContainsAKey()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        await ProduceEveryKindAsync(sandbox);

        using var response = await sandbox.GetAsync("/_sandbox/ledger", apiKey: null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("satismeter.response.recorded", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAccount.ApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAccount.WriteKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("writeKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("api-key", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reset_BringsBackTheSampleAccount()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.QuestionProRateLimit.PermitLimit = 6);
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await ProduceEveryKindAsync(sandbox);
        sandbox.Server.SetFaults(new FaultSettings { LatencyRate = 1 });
        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001")).Status);
        sandbox.Time.Advance(TimeSpan.FromDays(2));

        using var reset = await sandbox.SendAsync(HttpMethod.Post, "/_sandbox/reset", json: null, apiKey: null, token: null);

        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Empty(sandbox.Server.GetLedger());
        Assert.Equal(0, sandbox.Server.Sandbox.Faults.LatencyRate);
        Assert.Equal(0, sandbox.Server.GetMetrics().Requests);
        Assert.Equal(404, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/surveys/1001/batches/4002")).Status);
        Assert.Equal(404, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/batches/6001")).Status);
        Assert.Equal(200, (await QuestionPro.EmailBatches.BatchStatistics.GetAsync(sandbox)).Queued);
        Assert.Equal(400, (await taker.TakeAsync()).Status);
        var (status, _) = await sandbox.CallAsync(HttpMethod.Post, "/api/responses", SatisMeterBody, apiKey: null);
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Reset_ClearsRateWindows()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.QuestionProRateLimit.PermitLimit = 1);
        await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001");
        Assert.Equal(429, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001")).Status);

        sandbox.Server.Reset();

        Assert.Equal(200, (await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001")).Status);
    }

    [Fact]
    public async Task Metrics_OverHttp_CountRequestsAndRejections()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.QuestionProRateLimit.PermitLimit = 1);
        await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001");
        await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/micropanel/filters/5001");
        await sandbox.CallAsync(HttpMethod.Post, "/api/responses", SatisMeterBody, apiKey: null);

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, "/_sandbox/metrics", apiKey: null);

        Assert.Equal(200, status);
        Assert.Equal(3, body.GetProperty("requests").GetInt64());
        Assert.Equal(2, body.GetProperty("questionProRequests").GetInt64());
        Assert.Equal(1, body.GetProperty("satisMeterRequests").GetInt64());
        Assert.Equal(1, body.GetProperty("rateLimiterRejections").GetInt64());
        Assert.Equal(0, body.GetProperty("injectedTooManyRequests").GetInt64());
        Assert.Equal(8, body.GetProperty("injectedFaults").EnumerateObject().Count());
    }

    private const string SatisMeterBody = """{"writeKey":"sandbox-write-key","campaign":"sandbox-campaign","answers":[{"id":"q1","value":10}],"userId":"u-1"}""";

    private static async Task ProduceEveryKindAsync(SandboxHarness sandbox)
    {
        await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/surveys/1001/batches", """{"mode":1,"emailListID":2001,"templateID":3001}""");
        await sandbox.CallAsync(HttpMethod.Put, "/a/api/v2/surveys/1001/batches/4002", """{"mode":1,"emailListID":2001,"templateID":3001}""");
        await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/micropanel/batches", """{"compose":{"surveyID":1001,"surveyLanguageID":1,"templateID":1,"templateLanguageID":1},"recipients":{"filterType":1}}""");
        var taker = new SurveyTaker(sandbox);
        await taker.TakeAsync();
        await taker.SubmitAsync("""{"u_10001":"50005"}""");
        await sandbox.CallAsync(HttpMethod.Post, "/api/responses", SatisMeterBody, apiKey: null);
    }
}
