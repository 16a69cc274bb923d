using System.Text.Json.Nodes;
using CampaignOrchestrator.Benchmarks.Engine.AzureStorage;
using CampaignOrchestrator.Benchmarks.Engine.Sqlite;
using CampaignOrchestrator.Durable.DependencyInjection;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>The store the engine scenarios run on, chosen with <c>--backend</c> (SQLite when not given).</summary>
internal abstract class EngineBackend
{
    /// <summary>The <c>--backend</c> value of each backend, in the order usage messages list them.</summary>
    public static readonly string[] Names = [SqliteBackend.BackendName, AzureStorageBackend.BackendName];

    /// <summary>Gets the <c>--backend</c> value, also the <c>backend</c> of the JSON lines.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the sizes of the warm-up run before a scenario measures (a sequence and a fan-out).</summary>
    public abstract (int Sequence, int FanOut) WarmUp { get; }

    /// <summary>Reads <c>--backend</c>; an unknown value stops the run with the values it accepts.</summary>
    public static EngineBackend Select(BenchmarkArguments arguments)
    {
        var name = arguments.Text("backend", SqliteBackend.BackendName);
        return name.ToLowerInvariant() switch
        {
            SqliteBackend.BackendName => new SqliteBackend(),
            AzureStorageBackend.BackendName => new AzureStorageBackend(arguments),
            _ => throw new BenchmarkOptionException($"--backend {name} is not available; the engine benchmarks run on: {string.Join(", ", Names)}."),
        };
    }

    /// <summary>A scenario's default size on this backend, unless <c>--<paramref name="option"/></c> gives one.</summary>
    public int Size(BenchmarkArguments arguments, string option, int onSqlite, int onAzureStorage) =>
        arguments.Int(option, this is AzureStorageBackend ? onAzureStorage : onSqlite);

    /// <summary>Prepares a fresh store for one scenario; disposing it removes what the scenario left.</summary>
    public abstract Task<EngineStore> CreateStoreAsync(string scenario);

    /// <summary>The backend's own bare rate, measured with its plain client library: the <c>raw</c> scenario.</summary>
    public abstract Task<BenchmarkResult> RunRawAsync(BenchmarkArguments arguments);

    /// <summary>Adds an engine rate as a fraction of the backend's bare rate (measured once per process).</summary>
    public abstract Task<JsonObject> CompareWithRawAsync(double perSecond, JsonObject? extra = null);

    /// <summary>Adds <paramref name="rawName"/> (which bare rate) and <c>ratioToRaw</c> to the figures.</summary>
    protected static JsonObject Compare(double perSecond, string rawName, double raw, JsonObject? extra)
    {
        extra ??= [];
        extra[rawName] = Math.Round(raw, 1);
        extra["ratioToRaw"] = Math.Round(perSecond / raw, 4);
        return extra;
    }
}

/// <summary>Where one scenario's engine keeps its state.</summary>
/// <param name="UseBackend">Registers the store on the engine; null for the test host's own temporary SQLite file.</param>
/// <param name="Details">Figures of the store's setup to print with the result (partitions, task hub).</param>
/// <param name="Cleanup">Removes the store's data after the run.</param>
internal sealed record EngineStore(Action<DurableEngineBuilder>? UseBackend, JsonObject Details, Func<Task> Cleanup) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Cleanup();
}
