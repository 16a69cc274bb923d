using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>Orchestrations (1,000 on SQLite, 200 on Azure Storage) each awaiting a 1-second durable timer; reports how late they resumed.</summary>
internal static class TimersScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var backend = EngineBackend.Select(arguments);
        var orchestrations = backend.Size(arguments, "orchestrations", onSqlite: 1000, onAzureStorage: 200);
        var delayMilliseconds = arguments.Int("delay-ms", 1000);
        await using var bench = await EngineBench.StartAsync(arguments, backend, "timers");

        var started = Stopwatch.GetTimestamp();
        var ids = new List<string>(orchestrations);
        for (var i = 0; i < orchestrations; i++)
        {
            ids.Add(await bench.Client.StartAsync(nameof(TimerBench), delayMilliseconds));
        }

        var lateness = new List<double>(orchestrations);
        foreach (var id in ids)
        {
            var state = await bench.Client.WaitForCompletionAsync(id);
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
        return bench.Result("timers", orchestrations, seconds, extra);
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
}
