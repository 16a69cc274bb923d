using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>
/// SatisMeter fails 30 % of the calls, a third of those after recording the response: every response still ends up
/// in SatisMeter exactly once, and the summary says recorded for each.
/// </summary>
public sealed class InboundResponsesFaultTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(23)]
    public async Task Run_ThirtyPercentFaultsIncludingFailAfterCommit_RecordsEveryResponseExactlyOnce(int seed)
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        env.Sandbox.SetFaults(new FaultSettings
        {
            Seed = seed,
            ServerErrorRate = 0.08,
            RateLimitRate = 0.05,
            InvalidJsonRate = 0.02,
            CommitThenErrorRate = 0.10,
            CommitThenTimeoutRate = 0.05,
            TimeoutMs = 50,
            PathPrefix = "/api/responses",
        });
        var responses = InboundResponses.ManySatisMeter(200);

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("faulty", responses));

        Assert.Equal(200, summary.Recorded);
        Assert.Empty(summary.Failed);
        Assert.Equal(0, summary.Duplicate);
        var users = env.SatisMeterRecorded.Select(r => r.GetProperty("userId").GetString()).ToList();
        Assert.Equal(200, users.Count);
        Assert.Equal(200, users.Distinct().Count());
        var faults = env.Sandbox.GetMetrics().InjectedFaults;
        Assert.True(faults.Values.Sum() > 40, $"only {faults.Values.Sum()} faults injected");
        Assert.True(faults.GetValueOrDefault("commitThenError") + faults.GetValueOrDefault("commitThenTimeout") > 10, "too few fail-after-commit faults to prove anything");
    }
}
