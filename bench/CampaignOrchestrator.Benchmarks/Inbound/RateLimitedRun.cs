using System.Text.Json.Nodes;
using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>The orchestration against a sandbox that answers 429 above a per-write-key rate, with the client set to the same rate.</summary>
internal static class RateLimitedRun
{
    private const string UserPrefix = "limited";

    public sealed record Figures(int Count, RateLimitOptions Limit, double Seconds, long Sandbox429)
    {
        public JsonObject ToJson()
        {
            var allowedPerSecond = Limit.PermitLimit / Limit.Window.TotalSeconds;

            // A sliding window lets the first PermitLimit calls through at once; the fastest any client could finish is
            // when the last full window opens, so that bound is what "efficiency" compares with.
            var fastestPossible = Math.Max(0, Math.Ceiling(Count / (double)Limit.PermitLimit) - 1) * Limit.Window.TotalSeconds;
            return new JsonObject
            {
                ["limitedResponses"] = Count,
                ["limitedSeconds"] = Math.Round(Seconds, 3),
                ["limitedPerSecond"] = Math.Round(Count / Seconds, 2),
                ["allowedPerSecond"] = Math.Round(allowedPerSecond, 3),
                ["rateToAllowed"] = Math.Round(Count / Seconds / allowedPerSecond, 3),
                ["windowEfficiency"] = fastestPossible == 0 ? null : Math.Round(fastestPossible / Seconds, 3),
                ["sandbox429"] = Sandbox429,
            };
        }
    }

    public static async Task<Figures> MeasureAsync(BenchmarkArguments arguments, int count, int perSecond, InboundProcessingSettings settings)
    {
        var limit = new RateLimitOptions { PermitLimit = perSecond, Window = TimeSpan.FromSeconds(1) };
        await using var bench = await InboundBench.StartAsync(arguments, limit);

        // No warm-up of its own: it would spend the budget being measured, and the unlimited run has warmed the process.
        var seconds = await bench.RecordAsync("limited", SatisMeterResponses.Create(UserPrefix, count), settings);
        SandboxLedgerCheck.ThrowUnlessRecordedOnce(bench.Sandbox, UserPrefix, count);
        return new Figures(count, limit, seconds, bench.Sandbox.GetMetrics().RateLimiterRejections);
    }
}
