using System.Text.Json.Nodes;
using CampaignOrchestrator.Benchmarks.Engine.Sqlite;
using CampaignOrchestrator.Campaigns.Inbound;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>
/// One inbound message of 10,000 SatisMeter responses through the <c>InboundResponses</c> orchestration against the
/// in-process sandbox with no rate limit, compared with a bare HTTP loop at the same concurrency; then 2,000 responses
/// with the same rate limit (50/s) on the client and the sandbox.
/// </summary>
internal static class InboundScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var responses = arguments.Int("responses", 10_000);
        var limitedResponses = arguments.Int("limited-responses", 2_000);
        var rate = arguments.Int("rate", 50);
        var settings = Settings(arguments);

        var unlimited = await UnlimitedRun.MeasureAsync(arguments, responses, settings);
        var limited = await RateLimitedRun.MeasureAsync(arguments, limitedResponses, rate, settings);

        var extra = new JsonObject
        {
            ["chunkSize"] = settings.ChunkSize,
            ["maxParallelChunks"] = settings.MaxParallelChunks,
            ["activityConcurrency"] = unlimited.Concurrency,
            ["bareHttpSeconds"] = Math.Round(unlimited.BareHttpSeconds, 3),
            ["bareHttpPerSecond"] = Math.Round(responses / unlimited.BareHttpSeconds, 1),
            ["ratioToBareHttp"] = Math.Round(unlimited.BareHttpSeconds / unlimited.Seconds, 3),
        };
        foreach (var (name, value) in limited.ToJson())
        {
            extra[name] = value?.DeepClone();
        }

        return new BenchmarkResult("inbound", SqliteBackend.BackendName, responses, unlimited.Seconds, extra);
    }

    private static InboundProcessingSettings Settings(BenchmarkArguments arguments)
    {
        var defaults = InboundProcessingSettings.Default;
        var settings = defaults with
        {
            ChunkSize = arguments.Int("chunk-size", defaults.ChunkSize),
            MaxParallelChunks = arguments.Int("parallel-chunks", defaults.MaxParallelChunks),
        };
        var problems = settings.Validate();
        return problems.Count == 0 ? settings : throw new BenchmarkOptionException("--chunk-size / --parallel-chunks: " + string.Join(" ", problems));
    }
}
