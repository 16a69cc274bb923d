using System.Diagnostics;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>One orchestration fanning out to no-op activities (10,000 on SQLite, 1,000 on Azure Storage) and fanning their results in.</summary>
internal static class FanOutScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var backend = EngineBackend.Select(arguments);
        var activities = backend.Size(arguments, "activities", onSqlite: 10_000, onAzureStorage: 1_000);
        await using var bench = await EngineBench.StartAsync(arguments, backend, "fanout");

        var started = Stopwatch.GetTimestamp();
        var state = await bench.RunAsync(nameof(FanOutBench), activities);
        var seconds = EngineBench.Seconds(started);

        BenchmarkResult.ThrowIfNotCompleted(state);
        return await bench.ComparedResultAsync("fanout", activities, seconds, activities / seconds);
    }
}
