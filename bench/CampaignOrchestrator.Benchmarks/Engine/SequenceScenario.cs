using System.Diagnostics;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>One orchestration calling no-op activities one after another (1,000 on SQLite, 200 on Azure Storage).</summary>
internal static class SequenceScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var backend = EngineBackend.Select(arguments);
        var activities = backend.Size(arguments, "activities", onSqlite: 1000, onAzureStorage: 200);
        await using var bench = await EngineBench.StartAsync(arguments, backend, "sequence");

        var started = Stopwatch.GetTimestamp();
        var state = await bench.RunAsync(nameof(SequenceBench), activities);
        var seconds = EngineBench.Seconds(started);

        BenchmarkResult.ThrowIfNotCompleted(state);
        return await bench.ComparedResultAsync("sequence", activities, seconds, activities / seconds);
    }
}
