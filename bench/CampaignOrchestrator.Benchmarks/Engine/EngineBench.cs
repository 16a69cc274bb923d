using System.Diagnostics;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Durable.Testing;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>Starts the engine for a scenario on a fresh SQLite file, and measures what scenarios share.</summary>
internal static class EngineBench
{
    public const string Backend = "sqlite";

    /// <summary>Starts the engine and warms it up (JIT, connection pool, caches) with a little of every kind of work.</summary>
    public static async Task<DurableTestHost> StartAsync(BenchmarkArguments arguments)
    {
        var host = await StartColdAsync(arguments);
        await host.RunAsync(nameof(SequenceBench), 50);
        await host.RunAsync(nameof(FanOutBench), 200);
        await host.RunAsync(nameof(TimerBench), 1);
        return host;
    }

    private static Task<DurableTestHost> StartColdAsync(BenchmarkArguments arguments) =>
        DurableTestHost.StartAsync(
            engine => engine
                .AddActivity<NoOp>()
                .AddOrchestrator<SequenceBench>()
                .AddOrchestrator<FanOutBench>()
                .AddOrchestrator<TimerBench>(),
            options => options.ConfigureWorker = worker =>
            {
                worker.MaxPollingInterval = TimeSpan.FromSeconds(1);
                worker.MaxConcurrentOrchestrations = arguments.Int("orchestration-concurrency", worker.MaxConcurrentOrchestrations);
                worker.MaxConcurrentActivities = arguments.Int("activity-concurrency", worker.MaxConcurrentActivities);
            });

    public static void ThrowIfBackendUnsupported(BenchmarkArguments arguments)
    {
        var backend = arguments.Text("backend", Backend);
        if (!backend.Equals(Backend, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"--backend {backend} is not available; the engine benchmarks run on: {Backend}.");
        }
    }

    /// <summary>Adds the rate as a fraction of the bare transaction rate (measured once per process).</summary>
    public static async Task<JsonObject> CompareWithRawAsync(double perSecond, JsonObject? extra = null)
    {
        var raw = await RawScenario.BaselineAsync();
        extra ??= [];
        extra["rawTransactionsPerSecond"] = Math.Round(raw, 1);
        extra["ratioToRaw"] = Math.Round(perSecond / raw, 4);
        return extra;
    }

    public static double Seconds(long startedAt) => Stopwatch.GetElapsedTime(startedAt).TotalSeconds;
}
