using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Episode commits: the one state transition an episode makes.</summary>
public sealed partial class SqliteOrchestrationStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// One transaction, written only while the lock is held (same token, not lapsed): dead-letters the consumed messages
    /// when <see cref="EpisodeCommit.DeadLetterReason"/> is set; deletes the messages handed out with the lock (messages
    /// that arrived meanwhile stay for the next episode); appends the new history, or for continue-as-new clears it, takes
    /// the new execution id and input and queues <see cref="EpisodeCommit.ContinuedAs"/> ahead of the carried events;
    /// updates the instance and releases its lock; then queues the outbound messages: activities (a request already queued
    /// is ignored), messages to instances, and sub-orchestrations, created as by <see cref="CreateInstanceAsync"/> or,
    /// when an unfinished instance already has the child's id, answered to the parent with a
    /// <see cref="SubOrchestrationFailed"/>.
    /// </remarks>
    /// <exception cref="LockLostException">The lock lapsed or was taken by another worker; nothing was written.</exception>
    public async Task<IReadOnlyList<ActivityWorkItem>> CommitOrchestrationAsync(OrchestrationWorkItem item, EpisodeCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(commit);
        ThrowIfInvalid(commit, nameof(commit));

        var newHistory = commit.ContinuedAs is null ? commit.NewHistory.ToArray() : [];
        var committed = await _writes.WriteAsync(
            (connection, transaction) => CommitCoreAsync(connection, transaction, item, commit, newHistory, cancellationToken),
            cancellationToken);

        if (commit.ContinuedAs is { } restarted)
        {
            _historyCache.Restart(item.InstanceId, committed.BaseVersion + 1, restarted.ExecutionId);
        }
        else if (commit.Status.IsFinished())
        {
            // A finished instance is rarely locked again (a late message at most): keeping its history would hold the
            // memory of every instance that finished recently, for nothing.
            _historyCache.Remove(item.InstanceId);
        }
        else
        {
            _historyCache.Append(item.InstanceId, committed.BaseVersion, committed.ExecutionId, newHistory);
        }

        return committed.Prefetched;
    }

    private static void ThrowIfInvalid(EpisodeCommit commit, string paramName)
    {
        ArgumentNullException.ThrowIfNull(commit.NewHistory, paramName);
        ArgumentNullException.ThrowIfNull(commit.Outbound, paramName);
        foreach (var outbound in commit.Outbound)
        {
            if (outbound.Activity is { } activity)
            {
                InstanceIdRules.ThrowIfInvalid(activity.InstanceId, paramName);
            }

            if (outbound.ToInstance is { } message)
            {
                InstanceIdRules.ThrowIfInvalid(message.InstanceId, paramName);
            }

            if (outbound.NewChild is { } child)
            {
                ThrowIfInvalid(child, paramName);
            }
        }
    }

    private static async Task DeadLetterConsumedAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string token,
        string reason,
        long now,
        CancellationToken cancellationToken)
    {
        var copy = connection.Prepared(
            transaction,
            """
            INSERT INTO dead_letters (instance_id, kind, payload, reason, dead_lettered_at)
            SELECT instance_id, 'orchestration', event, $reason, $now FROM instance_messages WHERE lock_token = $token ORDER BY seq;
            """,
            ("$token", token),
            ("$reason", reason),
            ("$now", now));
        await copy.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task AppendHistoryAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string instanceId,
        HistoryEvent[] events,
        CancellationToken cancellationToken)
    {
        if (events.Length == 0)
        {
            return;
        }

        var last = connection.Prepared(
            transaction,
            "SELECT seq FROM history WHERE instance_id = $instanceId ORDER BY seq DESC LIMIT 1;",
            ("$instanceId", instanceId));
        var next = await last.ExecuteScalarAsync(cancellationToken) is long seq ? seq + 1 : 0;

        var insert = connection.Prepared(
            transaction,
            "INSERT INTO history (instance_id, seq, event) VALUES ($instanceId, $seq, $event);",
            ("$instanceId", instanceId),
            ("$seq", 0L),
            ("$event", string.Empty));
        foreach (var historyEvent in events)
        {
            insert.Parameters["$seq"].Value = next++;
            insert.Parameters["$event"].Value = OrchestrationJson.Serialize(historyEvent);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task QueueActivitiesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<ActivityRequest> requests,
        long now,
        CancellationToken cancellationToken)
    {
        var insert = connection.Prepared(
            transaction,
            """
            INSERT OR IGNORE INTO activity_queue (instance_id, execution_id, task_id, name, input, visible_at)
            VALUES ($instanceId, $executionId, $taskId, $name, $input, $now);
            """,
            ("$instanceId", string.Empty),
            ("$executionId", null),
            ("$taskId", 0),
            ("$name", string.Empty),
            ("$input", null),
            ("$now", now));
        foreach (var request in requests)
        {
            insert.Parameters["$instanceId"].Value = request.InstanceId;
            insert.Parameters["$executionId"].Value = (object?)request.ExecutionId ?? DBNull.Value;
            insert.Parameters["$taskId"].Value = request.TaskId;
            insert.Parameters["$name"].Value = request.Name;
            insert.Parameters["$input"].Value = (object?)request.Input ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<CommittedEpisode> CommitCoreAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        OrchestrationWorkItem item,
        EpisodeCommit commit,
        HistoryEvent[] newHistory,
        CancellationToken cancellationToken)
    {
        var clock = _timeProvider.GetUtcNow();
        var now = SqliteTime.ToStored(clock);
        var (executionId, baseVersion) = await ReadHeldLockAsync(connection, transaction, item, now, cancellationToken);

        if (commit.DeadLetterReason is { } reason)
        {
            await DeadLetterConsumedAsync(connection, transaction, item.LockToken, reason, now, cancellationToken);
        }

        var consume = connection.Prepared(transaction, "DELETE FROM instance_messages WHERE lock_token = $token;", ("$token", item.LockToken));
        await consume.ExecuteNonQueryAsync(cancellationToken);

        var restarted = commit.ContinuedAs;
        if (restarted is not null)
        {
            var clear = connection.Prepared(transaction, "DELETE FROM history WHERE instance_id = $instanceId;", ("$instanceId", item.InstanceId));
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await AppendHistoryAsync(connection, transaction, item.InstanceId, newHistory, cancellationToken);
        }

        var update = connection.Prepared(
            transaction,
            """
            UPDATE instances SET
                status = $status, custom_status = $customStatus, output = $output, failure = $failure,
                execution_id = COALESCE($newExecutionId, execution_id),
                input = CASE WHEN $newExecutionId IS NULL THEN input ELSE $newInput END,
                last_updated_at = $now, lock_token = NULL, locked_until = 0, delivery_count = 0,
                history_version = history_version + 1
            WHERE instance_id = $instanceId;
            """,
            ("$status", commit.Status.ToString()),
            ("$customStatus", commit.CustomStatus),
            ("$output", commit.Output),
            ("$failure", OrchestrationJson.Serialize(commit.Failure)),
            ("$newExecutionId", restarted?.ExecutionId),
            ("$newInput", restarted?.Input),
            ("$now", now),
            ("$instanceId", item.InstanceId));
        await update.ExecuteNonQueryAsync(cancellationToken);

        if (restarted is not null)
        {
            // Queued before the carried events, so the new execution starts before it sees them.
            await InsertMessageAsync(connection, transaction, new InstanceMessage(item.InstanceId, restarted, clock, restarted.ExecutionId), clock, cancellationToken);
        }

        var prefetched = await QueueOutboundAsync(connection, transaction, commit.Outbound, commit.Prefetch, clock, cancellationToken);
        return new CommittedEpisode(executionId, baseVersion, prefetched);
    }

    /// <summary>Proves the lock inside the commit's transaction; reads what the history cache needs.</summary>
    private static async Task<(string ExecutionId, long HistoryVersion)> ReadHeldLockAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        OrchestrationWorkItem item,
        long now,
        CancellationToken cancellationToken)
    {
        var select = connection.Prepared(
            transaction,
            "SELECT execution_id, history_version FROM instances WHERE instance_id = $instanceId AND lock_token = $token AND locked_until > $now;",
            ("$instanceId", item.InstanceId),
            ("$token", item.LockToken),
            ("$now", now));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new LockLostException(
                $"The lock on orchestration instance '{item.InstanceId}' was lost (it lapsed or another worker took it); the episode was not committed.");
        }

        return (reader.GetString(0), reader.GetInt64(1));
    }

    private async Task<IReadOnlyList<ActivityWorkItem>> QueueOutboundAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyList<OutboundMessage> outbound,
        ActivityPrefetch? prefetch,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // Activities go in one prepared statement: a fan-out can queue thousands in one commit.
        var activities = outbound.Select(o => o.Activity).OfType<ActivityRequest>().ToList();
        var prefetchCount = Math.Min(prefetch?.MaxCount ?? 0, activities.Count);
        var prefetched = prefetchCount == 0
            ? []
            : await QueueLockedActivitiesAsync(connection, transaction, activities.Take(prefetchCount), now, prefetch!.LockFor, cancellationToken);
        await QueueActivitiesAsync(connection, transaction, activities.Skip(prefetchCount), SqliteTime.ToStored(now), cancellationToken);
        foreach (var message in outbound)
        {
            if (message.ToInstance is { } toInstance)
            {
                await InsertMessageAsync(connection, transaction, toInstance, now, cancellationToken);
            }

            if (message.NewChild is { } child
                && !await CreateInstanceCoreAsync(connection, transaction, child, now, cancellationToken)
                && child.Parent is { } parent)
            {
                var failure = new FailureDetails(
                    typeof(InvalidOperationException).FullName!,
                    $"An instance with id '{child.InstanceId}' is already running.");
                await InsertMessageAsync(
                    connection,
                    transaction,
                    new InstanceMessage(parent.InstanceId, new SubOrchestrationFailed(now, parent.TaskId, failure), now, parent.ExecutionId),
                    now,
                    cancellationToken);
            }
        }

        return prefetched;
    }

    private readonly record struct CommittedEpisode(string ExecutionId, long BaseVersion, IReadOnlyList<ActivityWorkItem> Prefetched);
}
