using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>A started worker with nothing to do: how much of one core it burns while polling.</summary>
internal static class IdleScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var backend = EngineBackend.Select(arguments);
        var seconds = arguments.Int("seconds", 10);
        await using var bench = await EngineBench.StartAsync(arguments, backend, "idle");

        // Let the idle back-off reach its longest interval before measuring.
        await Task.Delay(TimeSpan.FromSeconds(3));
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        process.Refresh();
        var wall = EngineBench.Seconds(started);
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        var extra = new JsonObject { ["cpuPercentOfOneCore"] = Math.Round(100 * cpu / wall, 3) };
        return bench.Result("idle", 0, wall, extra);
    }
}
