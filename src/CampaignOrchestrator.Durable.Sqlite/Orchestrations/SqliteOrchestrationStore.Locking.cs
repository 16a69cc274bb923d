using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Instance locks: taking the next instance with work, releasing it unfinished, renewing any lock.</summary>
public sealed partial class SqliteOrchestrationStore
{
    /// <summary>The most messages one work item carries; the rest wait for the next episode.</summary>
    public const int MaxMessagesPerWorkItem = 10_000;

    /// <summary>How many candidates one lock attempt looks at when the first ones hold only stale messages.</summary>
    private const int MaxCandidatesPerLock = 8;

    /// <inheritdoc/>
    /// <remarks>
    /// Picks the free instance (no lock, or a lapsed one) with the oldest visible message. Messages of an earlier execution
    /// (continue-as-new) are deleted undelivered; a suspended instance gets only <see cref="ExecutionResumed"/> and
    /// <see cref="ExecutionTerminated"/>; messages for ids without an instance are never delivered. The messages handed
    /// out are the instance's visible ones in arrival order, at most <see cref="MaxMessagesPerWorkItem"/>; messages that
    /// arrive during the lock wait for the next episode. The choice and the lock are one transaction.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lockFor"/> is not positive.</exception>
    public async Task<OrchestrationWorkItem?> LockNextOrchestrationAsync(TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);

        if (!_orchestrationBacklogLikely)
        {
            var anyWork = await _database.ReadAsync(
                async connection => await FindCandidateAsync(connection, null, SqliteTime.ToStored(_timeProvider.GetUtcNow()), cancellationToken) is not null,
                cancellationToken);
            if (!anyWork)
            {
                return null;
            }
        }

        var locked = await _writes.WriteAsync(
            (connection, transaction) => LockCandidateAsync(connection, transaction, lockFor, cancellationToken),
            cancellationToken);
        _orchestrationBacklogLikely = locked is not null;
        if (locked is null)
        {
            return null;
        }

        var row = locked.Value;
        var messages = new HistoryEvent[row.Messages.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = OrchestrationJson.DeserializeEvent(row.Messages[i]);
        }

        HistoryView history;
        if (row.CachedHistory is { } cached)
        {
            history = cached;
        }
        else
        {
            var events = new HistoryEvent[row.History.Count];
            for (var i = 0; i < events.Length; i++)
            {
                events[i] = OrchestrationJson.DeserializeEvent(row.History[i]);
            }

            history = new HistoryView(events, events.Length);
            _historyCache.Set(row.InstanceId, row.HistoryVersion, row.ExecutionId, history);
        }

        return new OrchestrationWorkItem(row.InstanceId, row.LockToken, history, messages, row.DeliveryCount, row.Status, row.CustomStatus);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// While the lock is held, the work item's messages become visible again after <paramref name="retryAfter"/> and the
    /// instance is unlocked; its delivery count is kept, so repeated failures can be detected. A lost lock makes this a no-op.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public Task AbandonOrchestrationAsync(OrchestrationWorkItem item, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        return _writes.WriteAsync(
            async (connection, transaction) =>
            {
                var now = _timeProvider.GetUtcNow();
                var release = connection.Prepared(
                    transaction,
                    """
                    UPDATE instances SET lock_token = NULL, locked_until = 0
                    WHERE instance_id = $instanceId AND lock_token = $token AND locked_until > $now;
                    """,
                    ("$instanceId", item.InstanceId),
                    ("$token", item.LockToken),
                    ("$now", SqliteTime.ToStored(now)));
                if (await release.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    return false;
                }

                var delay = connection.Prepared(
                    transaction,
                    "UPDATE instance_messages SET lock_token = NULL, visible_at = $visibleAt WHERE lock_token = $token;",
                    ("$token", item.LockToken),
                    ("$visibleAt", SqliteTime.ToStored(now + retryAfter)));
                await delay.ExecuteNonQueryAsync(cancellationToken);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Works for instance and activity locks alike; a lapsed lock is lost even if nobody has taken it since.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lockFor"/> is not positive.</exception>
    public Task<bool> RenewLockAsync(string lockToken, TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(lockToken);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);
        return _writes.WriteAsync(
            async (connection, transaction) =>
            {
                var now = _timeProvider.GetUtcNow();
                var activitySeq = ActivitySeq(lockToken);
                var renew = connection.Prepared(
                    transaction,
                    activitySeq >= 0
                        ? "UPDATE activity_queue SET visible_at = $until WHERE seq = $seq AND lock_token = $token AND visible_at > $now;"
                        : "UPDATE instances SET locked_until = $until WHERE lock_token = $token AND locked_until > $now;",
                    ("$seq", activitySeq),
                    ("$token", lockToken),
                    ("$now", SqliteTime.ToStored(now)),
                    ("$until", SqliteTime.ToStored(now + lockFor)));
                return await renew.ExecuteNonQueryAsync(cancellationToken) > 0;
            },
            cancellationToken);
    }

    private static async Task<int> DropStaleMessagesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string instanceId,
        string executionId,
        long now,
        CancellationToken cancellationToken)
    {
        var delete = connection.Prepared(
            transaction,
            """
            DELETE FROM instance_messages
            WHERE instance_id = $instanceId AND visible_at <= $now AND execution_id IS NOT NULL AND execution_id <> $executionId;
            """,
            ("$instanceId", instanceId),
            ("$executionId", executionId),
            ("$now", now));
        return await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Marks the messages to deliver with the lock token and returns them in arrival order.</summary>
    private static async Task<List<string>> MarkMessagesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string instanceId,
        bool suspended,
        string token,
        long now,
        CancellationToken cancellationToken)
    {
        var events = new List<string>();
        var lastSeq = -1L;
        var select = connection.Prepared(
            transaction,
            """
            SELECT seq, event FROM instance_messages
            WHERE instance_id = $instanceId AND visible_at <= $now
              AND ($suspended = 0 OR event_type IN ('ExecutionResumed', 'ExecutionTerminated'))
            ORDER BY seq
            LIMIT $max;
            """,
            ("$instanceId", instanceId),
            ("$now", now),
            ("$suspended", suspended),
            ("$max", MaxMessagesPerWorkItem));
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                lastSeq = reader.GetInt64(0);
                events.Add(reader.GetString(1));
            }
        }

        if (events.Count > 0)
        {
            // The same filter up to the last seq read is exactly the rows read: they were the first ones by seq.
            var mark = connection.Prepared(
                transaction,
                """
                UPDATE instance_messages SET lock_token = $token
                WHERE instance_id = $instanceId AND visible_at <= $now AND seq <= $lastSeq
                  AND ($suspended = 0 OR event_type IN ('ExecutionResumed', 'ExecutionTerminated'));
                """,
                ("$token", token),
                ("$instanceId", instanceId),
                ("$now", now),
                ("$lastSeq", lastSeq),
                ("$suspended", suspended));
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        return events;
    }

    private static async Task<List<string>> ReadHistoryJsonAsync(SqliteConnection connection, SqliteTransaction transaction, string instanceId, CancellationToken cancellationToken)
    {
        var events = new List<string>();
        var select = connection.Prepared(transaction, "SELECT event FROM history WHERE instance_id = $instanceId ORDER BY seq;", ("$instanceId", instanceId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }

    private async Task<LockedInstance?> LockCandidateAsync(SqliteConnection connection, SqliteTransaction transaction, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var clock = _timeProvider.GetUtcNow();
        var now = SqliteTime.ToStored(clock);
        for (var attempt = 0; attempt < MaxCandidatesPerLock; attempt++)
        {
            if (await FindCandidateAsync(connection, transaction, now, cancellationToken) is not { } instanceId)
            {
                return null;
            }

            string executionId;
            RuntimeStatus status;
            long historyVersion;
            int deliveryCount;
            string? customStatus;
            var select = connection.Prepared(
                transaction,
                "SELECT execution_id, status, history_version, delivery_count, custom_status FROM instances WHERE instance_id = $instanceId;",
                ("$instanceId", instanceId));
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                executionId = reader.GetString(0);
                status = Enum.Parse<RuntimeStatus>(reader.GetString(1));
                historyVersion = reader.GetInt64(2);
                deliveryCount = reader.GetInt32(3) + 1;
                customStatus = reader.IsDBNull(4) ? null : reader.GetString(4);
            }

            await DropStaleMessagesAsync(connection, transaction, instanceId, executionId, now, cancellationToken);
            var token = Guid.NewGuid().ToString("N");
            var messages = await MarkMessagesAsync(connection, transaction, instanceId, status == RuntimeStatus.Suspended, token, now, cancellationToken);
            if (messages.Count == 0)
            {
                continue;
            }

            var take = connection.Prepared(
                transaction,
                "UPDATE instances SET lock_token = $token, locked_until = $until, delivery_count = $deliveryCount WHERE instance_id = $instanceId;",
                ("$token", token),
                ("$until", SqliteTime.ToStored(clock + lockFor)),
                ("$deliveryCount", deliveryCount),
                ("$instanceId", instanceId));
            await take.ExecuteNonQueryAsync(cancellationToken);

            // Raw JSON only: deserializing a long history is left for after the commit, outside the file's write lock.
            if (_historyCache.TryGet(instanceId, historyVersion, executionId, out var cached))
            {
                return new LockedInstance(instanceId, token, executionId, status, customStatus, historyVersion, deliveryCount, messages, cached, []);
            }

            var history = await ReadHistoryJsonAsync(connection, transaction, instanceId, cancellationToken);
            return new LockedInstance(instanceId, token, executionId, status, customStatus, historyVersion, deliveryCount, messages, null, history);
        }

        return null;
    }

    /// <summary>What the lock transaction read: the cached history when current, else the history's raw JSON.</summary>
    private readonly record struct LockedInstance(
        string InstanceId,
        string LockToken,
        string ExecutionId,
        RuntimeStatus Status,
        string? CustomStatus,
        long HistoryVersion,
        int DeliveryCount,
        List<string> Messages,
        HistoryView? CachedHistory,
        List<string> History);
}
