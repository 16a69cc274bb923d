using CampaignOrchestrator.Durable.AzureStorage;

namespace CampaignOrchestrator.Host.Tests.TestSupport.Backends;

/// <summary>
/// A task hub of its own on the shared Azurite emulator; every connection is a new set of storage clients, as another
/// process would have. The hub's resources are left to the emulator, whose data folder ends with the test run.
/// </summary>
internal sealed class AzuriteTestBackend(string connectionString) : TestBackend
{
    public string HubName { get; } = "HostTests" + Guid.NewGuid().ToString("N")[..12];

    public override IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureStorage",
        ["AzureWebJobsStorage"] = connectionString,
        ["Durable:HubName"] = HubName,
    };

    public override BackendConnection Connect(TimeProvider clock)
    {
        var account = new StorageAccount(new AzureStorageOptions { ConnectionString = connectionString, HubName = HubName });
        return new BackendConnection(
            new AzureOrchestrationStore(account, clock), new AzureAppQueueStore(account, clock), new AzureLeaseStore(account, clock));
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
