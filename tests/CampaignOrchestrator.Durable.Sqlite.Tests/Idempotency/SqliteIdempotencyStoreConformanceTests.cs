using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Conformance;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Idempotency;

public sealed class SqliteIdempotencyStoreConformanceTests : IdempotencyStoreConformanceTests, IDisposable
{
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    protected override Task<IIdempotencyStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult<IIdempotencyStore>(new SqliteIdempotencyStore(_folder.Open(time), time));
}
