using System.Diagnostics;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.Testing;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>The engine started for one scenario on a fresh store of the chosen backend, and what scenarios share.</summary>
internal sealed class EngineBench : IAsyncDisposable
{
    private readonly EngineStore _store;
    private readonly DurableTestHost _host;

    private EngineBench(EngineBackend backend, EngineStore store, DurableTestHost host)
    {
        Backend = backend;
        _store = store;
        _host = host;
    }

    public EngineBackend Backend { get; }

    public DurableClient Client => _host.Client;

    /// <summary>Starts the engine and warms it up (JIT, connections, caches) with a little of every kind of work.</summary>
    public static async Task<EngineBench> StartAsync(BenchmarkArguments arguments, EngineBackend backend, string scenario)
    {
        var store = await backend.CreateStoreAsync(scenario);
        EngineBench? bench = null;
        try
        {
            bench = new EngineBench(backend, store, await StartColdAsync(arguments, store));
            await bench.RunAsync(nameof(SequenceBench), backend.WarmUp.Sequence);
            await bench.RunAsync(nameof(FanOutBench), backend.WarmUp.FanOut);
            await bench.RunAsync(nameof(TimerBench), 1);
            return bench;
        }
        catch
        {
            await (bench ?? (IAsyncDisposable)store).DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts an orchestration and waits for it to finish.</summary>
    public Task<InstanceState> RunAsync(string orchestratorName, int input) => _host.RunAsync(orchestratorName, input);

    /// <summary>The scenario's JSON line, with the store's setup.</summary>
    public BenchmarkResult Result(string scenario, int items, double seconds, JsonObject? extra = null)
    {
        extra ??= [];
        foreach (var (name, value) in _store.Details)
        {
            extra[name] = value?.DeepClone();
        }

        return new BenchmarkResult(scenario, Backend.Name, items, seconds, extra);
    }

    /// <summary>The scenario's JSON line, with its rate compared with the backend's bare rate.</summary>
    public async Task<BenchmarkResult> ComparedResultAsync(string scenario, int items, double seconds, double perSecond, JsonObject? extra = null) =>
        Result(scenario, items, seconds, await Backend.CompareWithRawAsync(perSecond, extra));

    public static double Seconds(long startedAt) => Stopwatch.GetElapsedTime(startedAt).TotalSeconds;

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    private static Task<DurableTestHost> StartColdAsync(BenchmarkArguments arguments, EngineStore store) =>
        DurableTestHost.StartAsync(
            engine => engine
                .AddActivity<NoOp>()
                .AddOrchestrator<SequenceBench>()
                .AddOrchestrator<FanOutBench>()
                .AddOrchestrator<TimerBench>(),
            options =>
            {
                options.UseBackend = store.UseBackend;
                options.ConfigureWorker = worker =>
                {
                    worker.MaxPollingInterval = TimeSpan.FromSeconds(1);
                    worker.MaxConcurrentOrchestrations = arguments.Int("orchestration-concurrency", worker.MaxConcurrentOrchestrations);
                    worker.MaxConcurrentActivities = arguments.Int("activity-concurrency", worker.MaxConcurrentActivities);
                };
            });
}
