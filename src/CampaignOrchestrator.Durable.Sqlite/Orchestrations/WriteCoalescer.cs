using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// Runs a store's writes one <c>BEGIN IMMEDIATE</c> transaction at a time and folds the writes that arrive while one is
/// running into the next transaction (group commit). A commit costs far more than the few statements of a lock or a
/// completion, and the writers of one process no longer queue for the file through SQLite's sleeping busy handler.
/// </summary>
/// <remarks>
/// Each write of a shared transaction runs inside its own savepoint, so a write that throws (a lost lock, a cancellation)
/// is rolled back alone and fails alone; every write sees the ones before it as if they had run one after another. A
/// write's result is published only after its transaction has committed. A caller that finds no transaction running
/// runs one itself, with no thread switch; writes that queue up meanwhile are drained on the thread pool, on one
/// connection held for the burst. Other processes, and other stores on the file, still serialize with these
/// transactions through the file's lock. A write must not itself wait for another write of the same coalescer.
/// </remarks>
/// <param name="database">The database file.</param>
/// <param name="maxWritesPerTransaction">The most writes one transaction carries.</param>
internal sealed class WriteCoalescer(SqliteDatabase database, int maxWritesPerTransaction)
{
    private const string Savepoint = "coalesced_write";

    private readonly Lock _gate = new();
    private readonly Queue<PendingWrite> _pending = new();
    private bool _draining;

    /// <summary>Queues a write; it runs in the next transaction.</summary>
    /// <typeparam name="T">The write's result.</typeparam>
    /// <param name="work">The statements, given the connection and the shared transaction.</param>
    /// <param name="cancellationToken">Cancels the write if it has not started.</param>
    /// <returns>The write's result, once its transaction has committed.</returns>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new PendingWrite<T>(work, cancellationToken);
        bool drain;
        lock (_gate)
        {
            _pending.Enqueue(write);
            drain = !_draining;
            _draining = true;
        }

        if (drain)
        {
            await DrainAsync(null, write);
        }

        return await write.Task;
    }

    /// <summary>
    /// Runs batches until the queue is empty or, when <paramref name="caller"/> is given, until the caller's own write is
    /// done; then hands the rest, and the open connection, to the thread pool.
    /// </summary>
    private async Task DrainAsync(SqliteConnection? connection, PendingWrite? caller)
    {
        try
        {
            while (TakeBatch() is { } batch)
            {
                connection = await RunAsync(connection, batch);
                if (caller is { IsCompleted: true })
                {
                    if (HandOff(connection))
                    {
                        connection = null;
                    }

                    return;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Takes the next batch, or ends the drain when there is none.</summary>
    private List<PendingWrite>? TakeBatch()
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                _draining = false;
                return null;
            }

            var batch = new List<PendingWrite>(Math.Min(_pending.Count, maxWritesPerTransaction));
            while (batch.Count < maxWritesPerTransaction && _pending.TryDequeue(out var write))
            {
                batch.Add(write);
            }

            return batch;
        }
    }

    /// <summary>Passes the remaining queue, and the connection, to the thread pool; false when the queue is empty and the drain ends.</summary>
    private bool HandOff(SqliteConnection? connection)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                _draining = false;
                return false;
            }
        }

        _ = Task.Run(() => DrainAsync(connection, null), CancellationToken.None);
        return true;
    }

    /// <returns>The connection to use for the next batch; null after a failure, so the next batch opens a fresh one.</returns>
    private async Task<SqliteConnection?> RunAsync(SqliteConnection? connection, List<PendingWrite> batch)
    {
        try
        {
            connection ??= await database.OpenConnectionAsync(CancellationToken.None);
            await using (var transaction = connection.BeginTransaction(deferred: false))
            {
                foreach (var write in batch)
                {
                    await write.RunAsync(connection, transaction, isolated: batch.Count > 1);
                }

                await transaction.CommitAsync(CancellationToken.None);
            }
        }
        catch (Exception exception)
        {
            // Nothing committed: every write fails, with its own error when it had one.
            foreach (var write in batch)
            {
                write.Fail(exception);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            return null;
        }

        foreach (var write in batch)
        {
            write.Publish();
        }

        return connection;
    }

    private abstract class PendingWrite
    {
        public abstract bool IsCompleted { get; }

        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, bool isolated);

        public abstract void Publish();

        public abstract void Fail(Exception transactionFailure);
    }

    private sealed class PendingWrite<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) : PendingWrite
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _failure;

        public Task<T> Task => _completion.Task;

        public override bool IsCompleted => _completion.Task.IsCompleted;

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction, bool isolated)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _failure = new OperationCanceledException(cancellationToken);
                return;
            }

            if (!isolated)
            {
                // Alone in its transaction: a failure rolls the whole transaction back and reaches Fail.
                _result = await work(connection, transaction);
                return;
            }

            await transaction.SaveAsync(Savepoint, CancellationToken.None);
            try
            {
                _result = await work(connection, transaction);
            }
            catch (Exception exception)
            {
                await transaction.RollbackAsync(Savepoint, CancellationToken.None);
                _failure = exception;
            }

            await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
        }

        public override void Publish()
        {
            if (_failure is OperationCanceledException)
            {
                _completion.TrySetCanceled(cancellationToken);
            }
            else if (_failure is not null)
            {
                _completion.TrySetException(_failure);
            }
            else
            {
                _completion.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception transactionFailure)
        {
            _failure ??= transactionFailure;
            Publish();
        }
    }
}
