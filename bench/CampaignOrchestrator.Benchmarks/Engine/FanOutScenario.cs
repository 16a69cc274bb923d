using System.Diagnostics;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>One orchestration fanning out to 10,000 no-op activities and fanning their results in.</summary>
internal static class FanOutScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        EngineBench.ThrowIfBackendUnsupported(arguments);
        var activities = arguments.Int("activities", 10_000);
        await using var host = await EngineBench.StartAsync(arguments);

        var started = Stopwatch.GetTimestamp();
        var state = await host.RunAsync(nameof(FanOutBench), activities);
        var seconds = EngineBench.Seconds(started);

        BenchmarkResult.ThrowIfNotCompleted(state);
        return new BenchmarkResult("fanout", EngineBench.Backend, activities, seconds, await EngineBench.CompareWithRawAsync(activities / seconds));
    }
}
