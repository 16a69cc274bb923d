using CampaignOrchestrator.Durable.Backend.Orchestrations;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Activities queued by a commit already locked for the committing worker.</summary>
public sealed partial class SqliteOrchestrationStore
{
    private static async Task<IReadOnlyList<ActivityWorkItem>> QueueLockedActivitiesAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IEnumerable<ActivityRequest> requests,
        DateTimeOffset now,
        TimeSpan lockFor,
        CancellationToken cancellationToken)
    {
        // Queued and locked in the commit's transaction: a crash before the worker records a result leaves an ordinary
        // locked row, which becomes visible again when its lock lapses.
        var insert = connection.Prepared(
            transaction,
            """
            INSERT OR IGNORE INTO activity_queue (instance_id, execution_id, task_id, name, input, visible_at, delivery_count)
            VALUES ($instanceId, $executionId, $taskId, $name, $input, $until, 1)
            RETURNING seq;
            """,
            ("$instanceId", string.Empty),
            ("$executionId", null),
            ("$taskId", 0),
            ("$name", string.Empty),
            ("$input", null),
            ("$until", SqliteTime.ToStored(now + lockFor)));
        var setToken = connection.Prepared(
            transaction,
            "UPDATE activity_queue SET lock_token = $token WHERE seq = $seq;",
            ("$token", string.Empty),
            ("$seq", 0L));
        var nonce = Guid.NewGuid().ToString("N");
        var locked = new List<ActivityWorkItem>();
        foreach (var request in requests)
        {
            insert.Parameters["$instanceId"].Value = request.InstanceId;
            insert.Parameters["$executionId"].Value = (object?)request.ExecutionId ?? DBNull.Value;
            insert.Parameters["$taskId"].Value = request.TaskId;
            insert.Parameters["$name"].Value = request.Name;
            insert.Parameters["$input"].Value = (object?)request.Input ?? DBNull.Value;

            // An ignored insert (the request was already queued) returns no row: that activity is someone else's to run.
            if (await insert.ExecuteScalarAsync(cancellationToken) is not long seq)
            {
                continue;
            }

            var token = $"{seq}.{nonce}";
            setToken.Parameters["$token"].Value = token;
            setToken.Parameters["$seq"].Value = seq;
            await setToken.ExecuteNonQueryAsync(cancellationToken);
            locked.Add(new ActivityWorkItem(request, token, 1));
        }

        return locked;
    }
}
