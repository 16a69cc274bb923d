using System.Diagnostics;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>One orchestration calling 1,000 no-op activities one after another.</summary>
internal static class SequenceScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        EngineBench.ThrowIfBackendUnsupported(arguments);
        var activities = arguments.Int("activities", 1000);
        await using var host = await EngineBench.StartAsync(arguments);

        var started = Stopwatch.GetTimestamp();
        var state = await host.RunAsync(nameof(SequenceBench), activities);
        var seconds = EngineBench.Seconds(started);

        BenchmarkResult.ThrowIfNotCompleted(state);
        return new BenchmarkResult("sequence", EngineBench.Backend, activities, seconds, await EngineBench.CompareWithRawAsync(activities / seconds));
    }
}
