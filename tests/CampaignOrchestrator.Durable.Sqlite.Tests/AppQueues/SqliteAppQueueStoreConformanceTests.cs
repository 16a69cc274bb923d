using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Conformance;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.AppQueues;

public sealed class SqliteAppQueueStoreConformanceTests : AppQueueStoreConformanceTests, IDisposable
{
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override Task<IAppQueueStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult<IAppQueueStore>(new SqliteAppQueueStore(_folder.Open(time), time));
}
