using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The activity queue: lock, complete, abandon.</summary>
public sealed partial class SqliteOrchestrationStore
{
    /// <summary>The most activities <see cref="LockNextActivitiesAsync"/> locks in one call.</summary>
    public const int MaxActivitiesPerLock = 1_000;

    // Each token is the row's seq and a random part; rows locked together share the random part, the seq tells them apart.
    private const string LockActivitiesSet = """
        UPDATE activity_queue
        SET lock_token = seq || '.' || $nonce, visible_at = $until, delivery_count = delivery_count + 1
        """;

    private const string LockActivitiesReturning = """
        RETURNING seq, instance_id, task_id, name, input, execution_id, lock_token, delivery_count;
        """;

    // A scalar subquery costs about half of an IN list, and the single lock is what workers call.
    private const string LockOneActivity = $"""
        {LockActivitiesSet}
        WHERE seq = (SELECT seq FROM activity_queue WHERE visible_at <= $now ORDER BY visible_at, seq LIMIT 1)
        {LockActivitiesReturning}
        """;

    private const string LockActivities = $"""
        {LockActivitiesSet}
        WHERE seq IN (SELECT seq FROM activity_queue WHERE visible_at <= $now ORDER BY visible_at, seq LIMIT $max)
        {LockActivitiesReturning}
        """;

    /// <inheritdoc/>
    /// <remarks>
    /// Takes the oldest visible activity; its lock lasts until <c>visible_at</c>, which the lock moves to now plus
    /// <paramref name="lockFor"/>, like a queue's visibility timeout: a lapsed lock makes it visible to the next worker.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lockFor"/> is not positive.</exception>
    public async Task<ActivityWorkItem?> LockNextActivityAsync(TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        var items = await LockNextActivitiesAsync(1, lockFor, cancellationToken);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>Locks up to <paramref name="maxCount"/> visible activities, oldest first, in one transaction.</summary>
    /// <param name="maxCount">The most to lock, from 1 to <see cref="MaxActivitiesPerLock"/>.</param>
    /// <param name="lockFor">How long each lock lasts unless renewed or released.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work items, each with its own lock token; empty when there is nothing to do.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public async Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(int maxCount, TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxCount, MaxActivitiesPerLock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);

        if (!_activityBacklogLikely && !await AnyVisibleActivityAsync(cancellationToken))
        {
            return [];
        }

        var locked = await _writes.WriteAsync<IReadOnlyList<ActivityWorkItem>>(
            async (connection, transaction) =>
            {
                var now = _timeProvider.GetUtcNow();
                var take = connection.Prepared(
                    transaction,
                    maxCount == 1 ? LockOneActivity : LockActivities,
                    ("$now", SqliteTime.ToStored(now)),
                    ("$until", SqliteTime.ToStored(now + lockFor)),
                    ("$nonce", Guid.NewGuid().ToString("N")),
                    ("$max", maxCount));
                var taken = new List<(long Seq, ActivityWorkItem Item)>();
                await using var reader = await take.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var request = new ActivityRequest(
                        reader.GetString(1),
                        reader.GetInt32(2),
                        reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5));
                    taken.Add((reader.GetInt64(0), new ActivityWorkItem(request, reader.GetString(6), reader.GetInt32(7))));
                }

                // RETURNING gives rows in no promised order; queue order is seq order among the taken.
                taken.Sort((a, b) => a.Seq.CompareTo(b.Seq));
                return taken.ConvertAll(t => t.Item);
            },
            cancellationToken);
        _activityBacklogLikely = locked.Count > 0;
        return locked;
    }

    private Task<bool> AnyVisibleActivityAsync(CancellationToken cancellationToken) =>
        _database.ReadAsync(
            async connection =>
            {
                await using var peek = connection.CreateCommand(
                    null,
                    "SELECT 1 FROM activity_queue WHERE visible_at <= $now LIMIT 1;",
                    ("$now", SqliteTime.ToStored(_timeProvider.GetUtcNow())));
                return await peek.ExecuteScalarAsync(cancellationToken) is not null;
            },
            cancellationToken);

    /// <inheritdoc/>
    /// <remarks>
    /// One transaction: removes the activity while its lock is held, keeps a copy of the request (kind
    /// <c>activity</c>) when <paramref name="deadLetterReason"/> is set, and queues <paramref name="result"/> to the
    /// instance tagged with the request's execution id.
    /// </remarks>
    /// <exception cref="LockLostException">The lock lapsed or another worker took the activity; nothing was written.</exception>
    public Task CompleteActivityAsync(ActivityWorkItem item, HistoryEvent result, string? deadLetterReason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(result);
        return _writes.WriteAsync(
            async (connection, transaction) =>
            {
                var clock = _timeProvider.GetUtcNow();
                var now = SqliteTime.ToStored(clock);
                var delete = connection.Prepared(
                    transaction,
                    "DELETE FROM activity_queue WHERE seq = $seq AND lock_token = $token AND visible_at > $now;",
                    ("$seq", ActivitySeq(item.LockToken)),
                    ("$token", item.LockToken),
                    ("$now", now));
                if (await delete.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    throw new LockLostException(
                        $"The lock on activity '{item.Request.Name}' (task {item.Request.TaskId}) of orchestration instance '{item.Request.InstanceId}' was lost; its result was not recorded.");
                }

                if (deadLetterReason is not null)
                {
                    var copy = connection.Prepared(
                        transaction,
                        "INSERT INTO dead_letters (instance_id, kind, payload, reason, dead_lettered_at) VALUES ($instanceId, 'activity', $payload, $reason, $now);",
                        ("$instanceId", item.Request.InstanceId),
                        ("$payload", OrchestrationJson.Serialize(item.Request)),
                        ("$reason", deadLetterReason),
                        ("$now", now));
                    await copy.ExecuteNonQueryAsync(cancellationToken);
                }

                await InsertMessageAsync(
                    connection,
                    transaction,
                    new InstanceMessage(item.Request.InstanceId, result, clock, item.Request.ExecutionId),
                    clock,
                    cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>A lost lock makes this a no-op.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public Task AbandonActivityAsync(ActivityWorkItem item, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return _writes.WriteAsync(
            async (connection, transaction) =>
            {
                var now = _timeProvider.GetUtcNow();
                var release = connection.Prepared(
                    transaction,
                    "UPDATE activity_queue SET lock_token = NULL, visible_at = $visibleAt WHERE seq = $seq AND lock_token = $token AND visible_at > $now;",
                    ("$seq", ActivitySeq(item.LockToken)),
                    ("$token", item.LockToken),
                    ("$now", SqliteTime.ToStored(now)),
                    ("$visibleAt", SqliteTime.ToStored(now + retryAfter)));
                return await release.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
    }

    /// <summary>Reads the queue row's key from the front of an activity lock token (<c>seq.random</c>).</summary>
    /// <returns>The key, or -1 (no row) when the token is not an activity token.</returns>
    private static long ActivitySeq(string lockToken)
    {
        var dot = lockToken.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && long.TryParse(lockToken.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq)
            ? seq
            : -1;
    }
}
