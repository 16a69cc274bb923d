using CampaignOrchestrator.Durable.Backend;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// Idempotency records in the SQLite file. Each operation is one <c>BEGIN IMMEDIATE</c> transaction (a purge, one per
/// batch), so concurrent callers, in this process or others sharing the file, see each other's claims atomically.
/// </summary>
public sealed class SqliteIdempotencyStore : IIdempotencyStore
{
    private const int DefaultPurgeBatchSize = 500;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly int _purgeBatchSize;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database file.</param>
    /// <param name="timeProvider">The clock that stamps records.</param>
    public SqliteIdempotencyStore(SqliteDatabase database, TimeProvider timeProvider)
        : this(database, timeProvider, DefaultPurgeBatchSize)
    {
    }

    internal SqliteIdempotencyStore(SqliteDatabase database, TimeProvider timeProvider, int purgeBatchSize)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        ArgumentOutOfRangeException.ThrowIfLessThan(purgeBatchSize, 1);
        _purgeBatchSize = purgeBatchSize;
    }

    /// <inheritdoc/>
    public Task<IdempotencyRecord> BeginAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        var now = SqliteTime.ToStored(_timeProvider.GetUtcNow());
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var current = await ReadRowAsync(connection, transaction, key, cancellationToken);
                if (current is null)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        "INSERT INTO idempotency_records (idempotency_key, attempts, started_at) VALUES ($key, 1, $now);",
                        cancellationToken,
                        ("$key", key),
                        ("$now", now));
                    return new IdempotencyRecord(key, IdempotencyState.NeverCalled, null, 1, SqliteTime.FromStored(now), null);
                }

                if (current.State == IdempotencyState.Completed)
                {
                    return current;
                }

                await ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE idempotency_records SET attempts = attempts + 1 WHERE idempotency_key = $key;",
                    cancellationToken,
                    ("$key", key));
                return current with { State = IdempotencyState.Ambiguous, Attempts = current.Attempts + 1 };
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IdempotencyRecord> CompleteAsync(string key, string? result, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        IdempotencyLimits.ThrowIfResultTooLarge(result, nameof(result));
        var now = SqliteTime.ToStored(_timeProvider.GetUtcNow());
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var current = await ReadRowAsync(connection, transaction, key, cancellationToken);
                if (current?.State == IdempotencyState.Completed)
                {
                    return current;
                }

                // Without a begin there is no attempt to count; the record starts and completes now.
                await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO idempotency_records (idempotency_key, result, attempts, started_at, completed_at)
                    VALUES ($key, $result, 0, $now, $now)
                    ON CONFLICT (idempotency_key) DO UPDATE SET result = excluded.result, completed_at = excluded.completed_at;
                    """,
                    cancellationToken,
                    ("$key", key),
                    ("$result", result),
                    ("$now", now));
                var completedAt = SqliteTime.FromStored(now);
                return current is null
                    ? new IdempotencyRecord(key, IdempotencyState.Completed, result, 0, completedAt, completedAt)
                    : current with { State = IdempotencyState.Completed, Result = result, CompletedAt = completedAt };
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IdempotencyRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        return _database.ReadAsync(connection => ReadRowAsync(connection, null, key, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken = default) =>
        DeleteAsync(key, "DELETE FROM idempotency_records WHERE idempotency_key = $key AND completed_at IS NULL;", cancellationToken);

    /// <inheritdoc/>
    public Task<bool> ForgetAsync(string key, CancellationToken cancellationToken = default) =>
        DeleteAsync(key, "DELETE FROM idempotency_records WHERE idempotency_key = $key;", cancellationToken);

    /// <inheritdoc/>
    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var cutoff = SqliteTime.ToStored(olderThan);
        var total = 0;
        while (true)
        {
            var deleted = await _database.WriteAsync(
                async (connection, transaction) =>
                {
                    await using var command = connection.CreateCommand(
                        transaction,
                        """
                        DELETE FROM idempotency_records WHERE idempotency_key IN (
                            SELECT idempotency_key FROM idempotency_records
                            WHERE completed_at IS NOT NULL AND completed_at < $cutoff
                            LIMIT $batch);
                        """,
                        ("$cutoff", cutoff),
                        ("$batch", _purgeBatchSize));
                    return await command.ExecuteNonQueryAsync(cancellationToken);
                },
                cancellationToken);
            total += deleted;
            if (deleted < _purgeBatchSize)
            {
                return total;
            }
        }
    }

    private static async Task<IdempotencyRecord?> ReadRowAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string key,
        CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand(
            transaction,
            "SELECT result, attempts, started_at, completed_at FROM idempotency_records WHERE idempotency_key = $key;",
            ("$key", key));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        DateTimeOffset? completedAt = reader.IsDBNull(3) ? null : SqliteTime.FromStored(reader.GetInt64(3));
        return new IdempotencyRecord(
            key,
            completedAt is null ? IdempotencyState.InProgress : IdempotencyState.Completed,
            reader.IsDBNull(0) ? null : reader.GetString(0),
            reader.GetInt32(1),
            SqliteTime.FromStored(reader.GetInt64(2)),
            completedAt);
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<bool> DeleteAsync(string key, string sql, CancellationToken cancellationToken)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(transaction, sql, ("$key", key));
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
    }
}
