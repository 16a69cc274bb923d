using CampaignOrchestrator.Tests.Shared;
namespace CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;

/// <summary>Task hubs on the shared emulator, each with a name of its own so tests never see each other's data.</summary>
internal static class TestHubs
{
    /// <summary>Options for a new hub on the emulator.</summary>
    /// <param name="prefix">A readable prefix (letters only).</param>
    /// <param name="partitionCount">The partition count.</param>
    /// <returns>The options.</returns>
    public static async Task<AzureStorageOptions> NewAsync(string prefix, int partitionCount = 2) => new()
    {
        ConnectionString = await Azurite.ConnectionStringAsync(),
        HubName = prefix + Guid.NewGuid().ToString("N")[..12],
        PartitionCount = partitionCount,
        PartitionLeaseDuration = TimeSpan.FromSeconds(15),
    };

    /// <summary>A storage account for a new hub on the emulator.</summary>
    /// <param name="prefix">A readable prefix (letters only).</param>
    /// <returns>The account.</returns>
    public static async Task<StorageAccount> NewAccountAsync(string prefix) => new(await NewAsync(prefix));
}
