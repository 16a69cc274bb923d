using CampaignOrchestrator.Durable.Backend.Orchestrations;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class WriteCoalescerTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task WriteAsync_WritesQueuedBehindRunningOne_ShareTransactionButFailAlone()
    {
        using var coalescer = new WriteCoalescer(Database, maxWritesPerTransaction: 16);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();

        var first = coalescer.WriteAsync(
            async (connection, transaction) =>
            {
                await gate.Task;
                return await InsertAsync(connection, transaction, "first");
            },
            CancellationToken.None);
        var failing = coalescer.WriteAsync<int>(
            async (connection, transaction) =>
            {
                await InsertAsync(connection, transaction, "failing");
                throw new LockLostException("lost");
            },
            CancellationToken.None);
        var third = coalescer.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "third"), CancellationToken.None);
        var cancelled = coalescer.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "cancelled"), cancellation.Token);
        await cancellation.CancelAsync();
        gate.SetResult();

        Assert.Equal(1, await first);
        await Assert.ThrowsAsync<LockLostException>(() => failing);
        Assert.Equal(1, await third);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM dead_letters;"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM dead_letters WHERE reason = 'third';"));
    }

    [Fact]
    public async Task WriteAsync_LoneWriteThrows_RolledBackWithItsOwnException()
    {
        using var coalescer = new WriteCoalescer(Database, maxWritesPerTransaction: 16);

        await Assert.ThrowsAsync<LockLostException>(() => coalescer.WriteAsync<int>(
            async (connection, transaction) =>
            {
                await InsertAsync(connection, transaction, "lone");
                throw new LockLostException("lost");
            },
            CancellationToken.None));

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM dead_letters;"));
        Assert.Equal(1, await coalescer.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "after"), CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_ManyConcurrentWrites_AllCommittedOnce()
    {
        using var coalescer = new WriteCoalescer(Database, maxWritesPerTransaction: 8);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(
            () => coalescer.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, $"w{i}"), CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(1, r));
        Assert.Equal(100, await CountAsync("SELECT COUNT(DISTINCT reason) FROM dead_letters;"));
    }

    private static async Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, string reason)
    {
        await using var insert = connection.CreateCommand(
            transaction,
            "INSERT INTO dead_letters (instance_id, kind, payload, reason, dead_lettered_at) VALUES ('i', 'test', '{}', $reason, 0);",
            ("$reason", reason));
        return await insert.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Dispose_ThenWrite_ThrowsObjectDisposed()
    {
        var coalescer = new WriteCoalescer(Database, maxWritesPerTransaction: 16);
        Assert.Equal(1, await coalescer.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "before"), CancellationToken.None));

        coalescer.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => coalescer.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, "after"), CancellationToken.None));
    }
}
