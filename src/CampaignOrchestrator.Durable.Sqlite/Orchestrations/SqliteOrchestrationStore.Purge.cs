using System.Text;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Purging finished instances.</summary>
public sealed partial class SqliteOrchestrationStore
{
    /// <summary>How many instances one purge transaction deletes, so a large purge never holds the write lock for long.</summary>
    internal const int PurgeBatchSize = 500;

    /// <inheritdoc/>
    /// <remarks>
    /// Only finished instances (Completed, Failed, Terminated, Canceled) are deleted, with their history, messages and
    /// queued activities; <see cref="PurgeFilter.Statuses"/> narrows that set and never widens it. Dead letters are kept.
    /// Purging one id that has no instance deletes the messages waiting for that id. Each batch of
    /// <see cref="PurgeBatchSize"/> instances is its own transaction.
    /// </remarks>
    public async Task<int> PurgeAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.InstanceId is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(filter.InstanceId, nameof(filter));
        }

        var statuses = filter.Statuses is { Count: > 0 } requested
            ? _finishedStatuses.Where(s => requested.Any(r => r.ToString() == s)).ToArray()
            : _finishedStatuses;
        if (statuses.Length == 0)
        {
            return 0;
        }

        var sql = new StringBuilder("SELECT instance_id FROM instances WHERE status IN (");
        var parameters = new List<(string Name, object? Value)> { ("$limit", PurgeBatchSize) };
        for (var i = 0; i < statuses.Length; i++)
        {
            sql.Append(i == 0 ? "$s0" : $", $s{i}");
            parameters.Add(($"$s{i}", statuses[i]));
        }

        sql.Append(')');
        if (filter.InstanceId is not null)
        {
            sql.Append(" AND instance_id = $instanceId");
            parameters.Add(("$instanceId", filter.InstanceId));
        }

        AppendCreatedRange(sql, parameters, filter.CreatedFrom, filter.CreatedTo);
        sql.Append(" LIMIT $limit;");

        var total = 0;
        while (true)
        {
            var deleted = await _writes.WriteAsync(
                async (connection, transaction) =>
                {
                    var ids = new List<string>(PurgeBatchSize);
                    await using (var select = connection.CreateCommand(transaction, sql.ToString(), [.. parameters]))
                    await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
                    {
                        while (await reader.ReadAsync(cancellationToken))
                        {
                            ids.Add(reader.GetString(0));
                        }
                    }

                    foreach (var id in ids)
                    {
                        await DeleteInstanceDataAsync(connection, transaction, id, includeRow: true, cancellationToken);
                    }

                    if (ids.Count == 0 && filter.InstanceId is { } orphan)
                    {
                        await DeleteOrphanMessagesAsync(connection, transaction, orphan, cancellationToken);
                    }

                    return ids;
                },
                cancellationToken);

            foreach (var id in deleted)
            {
                _historyCache.Remove(id);
            }

            total += deleted.Count;
            if (deleted.Count < PurgeBatchSize)
            {
                return total;
            }
        }
    }

    private static async Task DeleteOrphanMessagesAsync(SqliteConnection connection, SqliteTransaction transaction, string instanceId, CancellationToken cancellationToken)
    {
        var delete = connection.Prepared(
            transaction,
            """
            DELETE FROM instance_messages WHERE instance_id = $instanceId AND NOT EXISTS (SELECT 1 FROM instances WHERE instance_id = $instanceId);
            DELETE FROM activity_queue WHERE instance_id = $instanceId AND NOT EXISTS (SELECT 1 FROM instances WHERE instance_id = $instanceId);
            """,
            ("$instanceId", instanceId));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }
}
