using CampaignOrchestrator.Campaigns.Inbound;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>The orchestration and a bare HTTP loop, each recording the same responses in a sandbox with no rate limit.</summary>
internal static class UnlimitedRun
{
    private const string UserPrefix = "user";
    private const string WarmUpPrefix = "warm-up";

    public sealed record Figures(double Seconds, double BareHttpSeconds, int Concurrency);

    public static async Task<Figures> MeasureAsync(BenchmarkArguments arguments, int count, InboundProcessingSettings settings)
    {
        await using var bench = await InboundBench.StartAsync(arguments, rateLimit: null);
        var responses = SatisMeterResponses.Create(UserPrefix, count);

        // Warm-up, so JIT, connection pools and caches do not count: a message of a few chunks, then a clean sandbox.
        var warmUp = SatisMeterResponses.Create(WarmUpPrefix, (2 * settings.ChunkSize) + 1);
        await bench.RecordAsync("warm-up", warmUp, settings);
        bench.Sandbox.Reset();

        var seconds = await bench.RecordAsync("bench", responses, settings);
        SandboxLedgerCheck.ThrowUnlessRecordedOnce(bench.Sandbox, UserPrefix, count);

        // The same bodies again, so the sandbox starts empty: otherwise every post would be a duplicate refusal.
        var concurrency = bench.ActivityConcurrency;
        bench.Sandbox.Reset();
        await BareHttpLoop.PostAllAsync(bench.Sandbox.BaseAddress, SatisMeterResponses.WireBodies(warmUp), concurrency);
        bench.Sandbox.Reset();
        var bareSeconds = await BareHttpLoop.PostAllAsync(bench.Sandbox.BaseAddress, SatisMeterResponses.WireBodies(responses), concurrency);
        SandboxLedgerCheck.ThrowUnlessRecordedOnce(bench.Sandbox, UserPrefix, count);

        return new Figures(seconds, bareSeconds, concurrency);
    }
}
