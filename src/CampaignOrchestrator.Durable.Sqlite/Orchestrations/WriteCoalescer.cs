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
/// runs one itself, with no thread switch; writes that queue up meanwhile are drained on the thread pool. All
/// transactions run on one connection, kept open with its prepared statements (see <see cref="PreparedStatements"/>)
/// until <see cref="Dispose"/>, and replaced after a failed transaction. Other processes, and other stores on the file,
/// still serialize with these transactions through the file's lock. A write must not itself wait for another write of
/// the same coalescer.
/// </remarks>
/// <param name="database">The database file.</param>
/// <param name="maxWritesPerTransaction">The most writes one transaction carries.</param>
internal sealed class WriteCoalescer(SqliteDatabase database, int maxWritesPerTransaction) : IDisposable
{
    private const string Savepoint = "coalesced_write";

    private readonly Lock _gate = new();
    private readonly Queue<PendingWrite> _pending = new();
    private bool _draining;
    private bool _disposed;

    // Used only by the one drain running at a time; closed by whichever of the drain and Dispose comes last.
    private SqliteConnection? _connection;

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
            ObjectDisposedException.ThrowIf(_disposed, this);
            _pending.Enqueue(write);
            drain = !_draining;
            _draining = true;
        }

        if (drain)
        {
            await DrainAsync(write);
        }

        return await write.Task;
    }

    /// <summary>Closes the connection once no transaction is running; later writes throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_draining)
            {
                return;
            }
        }

        CloseConnection();
    }

    /// <summary>
    /// Runs batches until the queue is empty or, when <paramref name="caller"/> is given, until the caller's own write is
    /// done; then hands the rest to the thread pool.
    /// </summary>
    private async Task DrainAsync(PendingWrite? caller)
    {
        while (TakeBatch() is { } batch)
        {
            await RunAsync(batch);
            if (caller is { IsCompleted: true })
            {
                HandOff();
                return;
            }
        }
    }

    /// <summary>Takes the next batch, or ends the drain when there is none.</summary>
    private List<PendingWrite>? TakeBatch()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                var batch = new List<PendingWrite>(Math.Min(_pending.Count, maxWritesPerTransaction));
                while (batch.Count < maxWritesPerTransaction && _pending.TryDequeue(out var write))
                {
                    batch.Add(write);
                }

                return batch;
            }

            _draining = false;
            if (!_disposed)
            {
                return null;
            }
        }

        CloseConnection();
        return null;
    }

    /// <summary>Passes the remaining queue to the thread pool, or ends the drain when it is empty.</summary>
    private void HandOff()
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                _ = Task.Run(() => DrainAsync(null), CancellationToken.None);
                return;
            }

            _draining = false;
            if (!_disposed)
            {
                return;
            }
        }

        CloseConnection();
    }

    private void CloseConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    private async Task RunAsync(List<PendingWrite> batch)
    {
        try
        {
            _connection ??= await database.OpenConnectionAsync(CancellationToken.None);
            await using var transaction = _connection.BeginTransaction(deferred: false);
            foreach (var write in batch)
            {
                await write.RunAsync(_connection, transaction, isolated: batch.Count > 1);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            // Nothing committed: every write fails, with its own error when it had one. The connection may be what
            // failed, so the next batch opens a fresh one.
            foreach (var write in batch)
            {
                write.Fail(exception);
            }

            CloseConnection();
            return;
        }

        foreach (var write in batch)
        {
            write.Publish();
        }
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
