using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Choosing which instance to lock next.</summary>
public sealed partial class SqliteOrchestrationStore
{
    // A suspended instance sees only the messages that can end its suspension.
    private const string SuspendedFilter =
        "(i.status <> 'Suspended' OR m.event_type IN ('ExecutionResumed', 'ExecutionTerminated'))";

    // The oldest visible message whose instance is free, among the 256 oldest. The message index is walked in visibility
    // order, so with many instances the first free one is found at once; the window keeps one busy instance (a fan-in
    // receiving thousands of results while its episode runs) from making every poll walk all its messages.
    private const string SelectCandidateNearFront = $"""
        SELECT m.instance_id
        FROM (
            SELECT instance_id, event_type FROM instance_messages
            WHERE visible_at <= $now
            ORDER BY visible_at, seq
            LIMIT 256) AS m
        CROSS JOIN instances AS i
        WHERE i.instance_id = m.instance_id AND i.locked_until <= $now AND {SuspendedFilter}
        LIMIT 1;
        """;

    // Otherwise: each distinct instance with messages, found by hopping along the instance index (one seek per instance,
    // however many messages it has), keeping the free ones, and taking the one whose first deliverable message is oldest.
    private const string SelectCandidateByInstance = $"""
        WITH RECURSIVE pending (instance_id) AS (
            SELECT (SELECT MIN(instance_id) FROM instance_messages)
            UNION ALL
            SELECT (SELECT MIN(n.instance_id) FROM instance_messages AS n WHERE n.instance_id > pending.instance_id)
            FROM pending WHERE pending.instance_id IS NOT NULL)
        SELECT f.instance_id FROM (
            SELECT i.instance_id, (
                SELECT m.visible_at FROM instance_messages AS m
                WHERE m.instance_id = i.instance_id AND m.visible_at <= $now AND {SuspendedFilter}
                ORDER BY m.visible_at
                LIMIT 1) AS first_visible
            FROM pending AS p CROSS JOIN instances AS i
            WHERE i.instance_id = p.instance_id AND i.locked_until <= $now) AS f
        WHERE f.first_visible IS NOT NULL
        ORDER BY f.first_visible
        LIMIT 1;
        """;

    /// <summary>Finds the instance to lock; in a read (no transaction) or in the write transaction.</summary>
    private static async Task<string?> FindCandidateAsync(SqliteConnection connection, SqliteTransaction? transaction, long now, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, transaction, SelectCandidateNearFront, now, cancellationToken) as string
        ?? await ScalarAsync(connection, transaction, SelectCandidateByInstance, now, cancellationToken) as string;

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, long now, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            return await connection.Prepared(transaction, sql, ("$now", now)).ExecuteScalarAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand(null, sql, ("$now", now));
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
