using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>1,000 orchestrations each awaiting a 1-second durable timer; reports how late they resumed.</summary>
internal static class TimersScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        EngineBench.ThrowIfBackendUnsupported(arguments);
        var orchestrations = arguments.Int("orchestrations", 1000);
        var delayMilliseconds = arguments.Int("delay-ms", 1000);
        await using var host = await EngineBench.StartAsync(arguments);

        var started = Stopwatch.GetTimestamp();
        var ids = new List<string>(orchestrations);
        for (var i = 0; i < orchestrations; i++)
        {
            ids.Add(await host.Client.StartAsync(nameof(TimerBench), delayMilliseconds));
        }

        var lateness = new List<double>(orchestrations);
        foreach (var id in ids)
        {
            var state = await host.Client.WaitForCompletionAsync(id);
            BenchmarkResult.ThrowIfNotCompleted(state);
            lateness.Add(double.Parse(state.Output!, CultureInfo.InvariantCulture));
        }

        var seconds = EngineBench.Seconds(started);
        lateness.Sort();
        var extra = new JsonObject
        {
            ["timerMs"] = delayMilliseconds,
            ["latenessP50Ms"] = Math.Round(Percentile(lateness, 0.50), 1),
            ["latenessP99Ms"] = Math.Round(Percentile(lateness, 0.99), 1),
            ["latenessMaxMs"] = Math.Round(lateness[^1], 1),
        };
        return new BenchmarkResult("timers", EngineBench.Backend, orchestrations, seconds, extra);
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
