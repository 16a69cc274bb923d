using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Engine.Sqlite;

/// <summary>The embedded backend: a fresh SQLite file per scenario, compared with bare one-row write transactions.</summary>
internal sealed class SqliteBackend : EngineBackend
{
    public const string BackendName = "sqlite";

    public override string Name => BackendName;

    public override (int Sequence, int FanOut) WarmUp => (50, 200);

    // The test host creates a temporary file of its own and deletes it when disposed.
    public override Task<EngineStore> CreateStoreAsync(string scenario) =>
        Task.FromResult(new EngineStore(UseBackend: null, Details: [], Cleanup: () => Task.CompletedTask));

    public override Task<BenchmarkResult> RunRawAsync(BenchmarkArguments arguments) => SqliteRaw.RunAsync(arguments);

    public override async Task<JsonObject> CompareWithRawAsync(double perSecond, JsonObject? extra = null) =>
        Compare(perSecond, "rawTransactionsPerSecond", await SqliteRaw.BaselineAsync(), extra);
}
