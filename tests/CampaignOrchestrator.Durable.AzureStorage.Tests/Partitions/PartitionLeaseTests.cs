using System.Diagnostics;
using CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.Partitions;

/// <summary>Two stores on one hub, as two processes would be: partitions are shared fairly and taken over after a crash.</summary>
public sealed class PartitionLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan TakeoverTimeout = TimeSpan.FromSeconds(60);
    private readonly List<AzureOrchestrationStore> _stores = [];
    private AzureStorageOptions _options = new();

    public async Task InitializeAsync() => _options = await TestHubs.NewAsync("leases", partitionCount: 4);

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task SecondProcess_Joining_StealsUntilEachOwnsItsShare()
    {
        var first = await StartAsync("first");
        Assert.Equal(4, first.OwnedPartitions.Count);

        var second = await StartAsync("second");
        await second.Partitions.RunCycleAsync(CancellationToken.None);
        await first.Partitions.RunCycleAsync(CancellationToken.None);

        Assert.Equal(2, first.OwnedPartitions.Count);
        Assert.Equal(2, second.OwnedPartitions.Count);
        Assert.Empty(first.OwnedPartitions.Intersect(second.OwnedPartitions));
    }

    [Fact]
    public async Task Process_StoppingGracefully_ReleasesSoTheOtherTakesOverAtOnce()
    {
        var first = await StartAsync("first");
        var second = await StartAsync("second");
        await second.Partitions.RunCycleAsync(CancellationToken.None);

        await first.DisposeAsync();
        await second.Partitions.RunCycleAsync(CancellationToken.None);

        Assert.Equal(4, second.OwnedPartitions.Count);
    }

    [Fact]
    public async Task Process_DyingWithoutRelease_ItsPartitionsAreTakenOverWhenTheLeasesExpire()
    {
        var dying = await StartAsync("dying");
        var survivor = await StartAsync("survivor");
        await survivor.Partitions.RunCycleAsync(CancellationToken.None);
        await dying.Partitions.AbandonAsync();

        // Blob leases expire on the service's clock: cycle until the dead owner's leases lapse (15 s here).
        var waited = Stopwatch.StartNew();
        while (survivor.OwnedPartitions.Count < 4)
        {
            Assert.True(waited.Elapsed < TakeoverTimeout, $"Only {survivor.OwnedPartitions.Count} partitions were taken over in {TakeoverTimeout}.");
            await Task.Delay(TimeSpan.FromSeconds(1));
            await survivor.Partitions.RunCycleAsync(CancellationToken.None);
        }

        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(5), TakeoverTimeout);
    }

    private async Task<AzureOrchestrationStore> StartAsync(string workerId)
    {
        var options = new AzureStorageOptions
        {
            ConnectionString = _options.ConnectionString,
            HubName = _options.HubName,
            PartitionCount = _options.PartitionCount,
            PartitionLeaseDuration = _options.PartitionLeaseDuration,
            WorkerId = workerId,
        };
        var store = new AzureOrchestrationStore(new StorageAccount(options), TimeProvider.System);
        _stores.Add(store);
        await store.StartAsync();
        return store;
    }
}
