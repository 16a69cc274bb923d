using CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Conformance;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.AppQueues;

public sealed class AzureAppQueueStoreConformanceTests : AppQueueStoreConformanceTests
{
    protected override async Task<IAppQueueStore> CreateStoreAsync(TimeProvider time) =>
        new AzureAppQueueStore(await TestHubs.NewAccountAsync("queues"), time);
}
