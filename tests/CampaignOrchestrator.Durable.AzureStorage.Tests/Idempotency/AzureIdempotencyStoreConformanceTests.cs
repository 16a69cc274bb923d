using CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Conformance;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.Idempotency;

public sealed class AzureIdempotencyStoreConformanceTests : IdempotencyStoreConformanceTests
{
    protected override async Task<IIdempotencyStore> CreateStoreAsync(TimeProvider time) =>
        new AzureIdempotencyStore(await TestHubs.NewAccountAsync("effects"), time);
}
