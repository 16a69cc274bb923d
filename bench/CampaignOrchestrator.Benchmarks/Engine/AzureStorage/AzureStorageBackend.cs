using System.Text.Json.Nodes;
using CampaignOrchestrator.Durable.AzureStorage;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Benchmarks.Engine.AzureStorage;

/// <summary>
/// The Azure Storage backend on Azurite: a task hub of its own per scenario (removed afterwards), compared with
/// Azurite's bare queue send/receive/delete cycle rate, the operation every message of the engine pays at least once.
/// </summary>
internal sealed class AzureStorageBackend(BenchmarkArguments arguments) : EngineBackend
{
    public const string BackendName = "azurestorage";

    private const int MaxPartitions = 16;

    private readonly int _partitions = arguments.Int("partitions", AzureStorageOptions.DefaultPartitionCount) is var partitions and <= MaxPartitions
        ? partitions
        : throw new BenchmarkOptionException($"--partitions must be from 1 to {MaxPartitions} (the backend's limit).");

    public override string Name => BackendName;

    // Enough to JIT every path, open the connections and take the partition leases; Azurite runs a few dozen
    // activities a second, so the SQLite warm-up (50 + 200 activities) would cost longer than most measurements.
    public override (int Sequence, int FanOut) WarmUp => (5, 20);

    public override async Task<EngineStore> CreateStoreAsync(string scenario)
    {
        var connectionString = await AzuriteConnection.GetAsync(arguments);

        // Hub names are letters and digits: the scenario's name (letters only) and a random suffix.
        var hub = "bench" + scenario + Guid.NewGuid().ToString("N")[..8];
        var details = new JsonObject { ["partitions"] = _partitions, ["taskHub"] = hub };
        return new EngineStore(
            engine => engine.UseAzureStorage(azure =>
            {
                azure.ConnectionString = connectionString;
                azure.HubName = hub;
                azure.PartitionCount = _partitions;
            }),
            details,
            () => TaskHubs.DeleteAsync(connectionString, hub));
    }

    public override async Task<BenchmarkResult> RunRawAsync(BenchmarkArguments arguments) =>
        await AzuriteRaw.RunAsync(arguments, await AzuriteConnection.GetAsync(arguments));

    public override async Task<JsonObject> CompareWithRawAsync(double perSecond, JsonObject? extra = null) =>
        Compare(perSecond, "rawQueueCyclesPerSecond", await AzuriteRaw.BaselineAsync(await AzuriteConnection.GetAsync(arguments)), extra);
}
