using CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Conformance;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.Leases;

public sealed class AzureLeaseStoreConformanceTests : LeaseStoreConformanceTests
{
    protected override async Task<ILeaseStore> CreateStoreAsync(TimeProvider time) =>
        new AzureLeaseStore(await TestHubs.NewAccountAsync("leases"), time);
}
