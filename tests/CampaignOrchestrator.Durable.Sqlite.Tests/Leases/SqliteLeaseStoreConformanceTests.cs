using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Conformance;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Leases;

public sealed class SqliteLeaseStoreConformanceTests : LeaseStoreConformanceTests, IDisposable
{
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override Task<ILeaseStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult<ILeaseStore>(new SqliteLeaseStore(_folder.Open(time), time));
}
