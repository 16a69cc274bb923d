using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Idempotency;

/// <summary>Purges span several batches, each its own transaction.</summary>
public sealed class SqliteIdempotencyStorePurgeTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public async Task PurgeAsync_MoreRecordsThanOneBatch_DeletesAllCompletedAndKeepsInProgress(int completedCount)
    {
        var store = new SqliteIdempotencyStore(_folder.Open(_time), _time, purgeBatchSize: 3);
        for (var i = 0; i < completedCount; i++)
        {
            await store.CompleteAsync($"done:{i}", null);
        }

        await store.BeginAsync("stuck");
        _time.Advance(TimeSpan.FromDays(1));

        var purged = await store.PurgeAsync(_time.GetUtcNow());

        Assert.Equal(completedCount, purged);
        for (var i = 0; i < completedCount; i++)
        {
            Assert.Null(await store.ReadAsync($"done:{i}"));
        }

        Assert.Equal(IdempotencyState.InProgress, (await store.ReadAsync("stuck"))?.State);
    }
}
