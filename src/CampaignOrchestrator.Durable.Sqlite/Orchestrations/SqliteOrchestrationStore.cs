using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// Instances, histories, instance messages and the activity queue in the SQLite file. Every operation that changes
/// anything is one <c>BEGIN IMMEDIATE</c> transaction that checks and takes (or proves) its lock itself, so several
/// stores, in this process or in others sharing the file, never hand one instance or one activity to two workers at once
/// and never accept a commit from a worker whose lock has lapsed.
/// </summary>
/// <remarks>
/// Histories of recently locked instances are kept in memory, keyed by the instance row's history version, so an
/// episode does not re-read a long history; a commit made through any store changes the version and so retires the copy.
/// Writes made at the same time share transactions (see <see cref="WriteCoalescer"/>) on one connection the store keeps
/// open: dispose the store before its <see cref="SqliteDatabase"/>.
/// </remarks>
public sealed partial class SqliteOrchestrationStore : IOrchestrationStore, IDisposable
{
    private const int MaxCachedInstances = 1_000;
    private const int MaxCachedEvents = 2_000_000;
    private const int MaxWritesPerTransaction = 64;

    // Stored as names; which statuses count as finished is the engine's rule (RuntimeStatusExtensions.IsFinished).
    private static readonly string[] _finishedStatuses =
        [.. Enum.GetValues<RuntimeStatus>().Where(status => status.IsFinished()).Select(status => status.ToString())];

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly HistoryCache _historyCache = new(MaxCachedInstances, MaxCachedEvents);
    private readonly WriteCoalescer _writes;

    // Whether the last lock attempt found work. While it does, polls go straight to the write transaction; once one finds
    // nothing, polls first look with a read, which never waits for (or holds up) the file's writers.
    private volatile bool _orchestrationBacklogLikely = true;
    private volatile bool _activityBacklogLikely = true;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database file.</param>
    /// <param name="timeProvider">The clock for visibility, locks and timestamps.</param>
    public SqliteOrchestrationStore(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _writes = new WriteCoalescer(database, MaxWritesPerTransaction);
    }

    /// <summary>Closes the store's write connection once its running transaction ends; later writes throw.</summary>
    public void Dispose() => _writes.Dispose();

    /// <summary>Gets the number of instances whose history is cached (for tests and diagnostics).</summary>
    internal int CachedHistoryCount => _historyCache.Count;

    /// <inheritdoc/>
    /// <remarks>
    /// In one transaction: an unfinished instance with the id makes this return <see langword="false"/> and change
    /// nothing; otherwise any earlier instance with the id (finished) is replaced, together with its history, messages and
    /// queued activities, by a <see cref="RuntimeStatus.Pending"/> one with a new execution id, and its
    /// <see cref="ExecutionStarted"/> is queued, visible at <see cref="NewInstance.ScheduledStart"/> or now.
    /// </remarks>
    /// <exception cref="ArgumentException">The instance id breaks a rule (empty, longer than 256, control characters, <c>/ \ # ?</c>).</exception>
    public Task<bool> CreateInstanceAsync(NewInstance start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        ThrowIfInvalid(start, nameof(start));
        return _writes.WriteAsync(
            (connection, transaction) => CreateInstanceCoreAsync(connection, transaction, start, _timeProvider.GetUtcNow(), cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>The instance need not exist: a message for an unknown id waits, undelivered, until the id is created or purged.</remarks>
    /// <exception cref="ArgumentException">The instance id breaks a rule.</exception>
    public Task SendAsync(InstanceMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Event);
        InstanceIdRules.ThrowIfInvalid(message.InstanceId, nameof(message));
        return _writes.WriteAsync(
            async (connection, transaction) =>
            {
                await InsertMessageAsync(connection, transaction, message, _timeProvider.GetUtcNow(), cancellationToken);
                return true;
            },
            cancellationToken);
    }

    private static void ThrowIfInvalid(NewInstance start, string paramName)
    {
        InstanceIdRules.ThrowIfInvalid(start.InstanceId, paramName);
        if (string.IsNullOrWhiteSpace(start.Name))
        {
            throw new ArgumentException("An instance needs an orchestrator name.", paramName);
        }
    }

    private static bool IsFinished(string status) => Array.IndexOf(_finishedStatuses, status) >= 0;

    private static async Task InsertMessageAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        InstanceMessage message,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var insert = connection.Prepared(
            transaction,
            """
            INSERT INTO instance_messages (instance_id, execution_id, event_type, event, visible_at)
            VALUES ($instanceId, $executionId, $eventType, $event, $visibleAt);
            """,
            ("$instanceId", message.InstanceId),
            ("$executionId", message.ExecutionId),
            ("$eventType", message.Event.GetType().Name),
            ("$event", OrchestrationJson.Serialize(message.Event)),
            ("$visibleAt", SqliteTime.ToStored(message.VisibleAt ?? now)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task DeleteInstanceDataAsync(SqliteConnection connection, SqliteTransaction transaction, string instanceId, bool includeRow, CancellationToken cancellationToken)
    {
        var sql = """
            DELETE FROM history WHERE instance_id = $instanceId;
            DELETE FROM instance_messages WHERE instance_id = $instanceId;
            DELETE FROM activity_queue WHERE instance_id = $instanceId;
            """;
        if (includeRow)
        {
            sql += "DELETE FROM instances WHERE instance_id = $instanceId;";
        }

        var delete = connection.Prepared(transaction, sql, ("$instanceId", instanceId));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates an instance inside a write transaction; shared by <see cref="CreateInstanceAsync"/> and sub-orchestration starts.</summary>
    private async Task<bool> CreateInstanceCoreAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        NewInstance start,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var select = connection.Prepared(transaction, "SELECT status FROM instances WHERE instance_id = $instanceId;", ("$instanceId", start.InstanceId));
        if (await select.ExecuteScalarAsync(cancellationToken) is string status && (start.OnlyIfAbsent || !IsFinished(status)))
        {
            return false;
        }

        await DeleteInstanceDataAsync(connection, transaction, start.InstanceId, includeRow: false, cancellationToken);
        var executionId = Guid.NewGuid().ToString("N");
        var stamp = SqliteTime.ToStored(now);

        // An upsert rather than a replace keeps history_version growing, so no cached copy of the old history can match.
        var upsert = connection.Prepared(
            transaction,
            """
            INSERT INTO instances (
                instance_id, name, execution_id, status, input, output, custom_status, failure,
                parent_instance_id, parent_task_id, parent_execution_id, created_at, last_updated_at,
                lock_token, locked_until, delivery_count, history_version)
            VALUES (
                $instanceId, $name, $executionId, $status, $input, NULL, NULL, NULL,
                $parentInstanceId, $parentTaskId, $parentExecutionId, $now, $now,
                NULL, 0, 0, 0)
            ON CONFLICT (instance_id) DO UPDATE SET
                name = excluded.name, execution_id = excluded.execution_id, status = excluded.status, input = excluded.input,
                output = NULL, custom_status = NULL, failure = NULL,
                parent_instance_id = excluded.parent_instance_id, parent_task_id = excluded.parent_task_id,
                parent_execution_id = excluded.parent_execution_id, created_at = excluded.created_at,
                last_updated_at = excluded.last_updated_at, lock_token = NULL, locked_until = 0, delivery_count = 0,
                history_version = history_version + 1;
            """,
            ("$instanceId", start.InstanceId),
            ("$name", start.Name),
            ("$executionId", executionId),
            ("$status", nameof(RuntimeStatus.Pending)),
            ("$input", start.Input),
            ("$parentInstanceId", start.Parent?.InstanceId),
            ("$parentTaskId", start.Parent?.TaskId),
            ("$parentExecutionId", start.Parent?.ExecutionId),
            ("$now", stamp));
        await upsert.ExecuteNonQueryAsync(cancellationToken);

        var started = new ExecutionStarted(now, start.Name, start.InstanceId, executionId, start.Input, start.Parent);
        await InsertMessageAsync(connection, transaction, new InstanceMessage(start.InstanceId, started, start.ScheduledStart ?? now, executionId), now, cancellationToken);
        _historyCache.Remove(start.InstanceId);
        return true;
    }
}
