using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>
/// The History table: partition key = instance id, one row per event (row key = execution id and a zero-padded hex
/// sequence number), and a sentinel row whose ETag guards every checkpoint. Writes go in batches of at most 100 rows,
/// all in the instance's partition: a table transaction never spans partitions. Each event row names the worker that
/// committed it, so the table shows which process ran each episode of a hub shared by several.
/// </summary>
/// <param name="table">The table.</param>
/// <param name="payloads">Where events too large for a property go.</param>
/// <param name="workerId">This process's worker id, written on every event row it commits.</param>
internal sealed class HistoryTable(TableClient table, InstancePayloads payloads, string workerId)
{
    /// <summary>The sentinel's row key (sorts after every execution id, which are lowercase hex).</summary>
    public const string SentinelKey = "sentinel";

    /// <summary>The event rows' property naming the worker that committed the episode.</summary>
    public const string WorkerIdProperty = "WorkerId";

    private const int MaxBatch = 100;

    /// <summary>Reads the sentinel.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sentinel, or <see langword="null"/> when the instance has none.</returns>
    public async Task<Sentinel?> ReadSentinelAsync(string instanceId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(instanceId, SentinelKey, cancellationToken: cancellationToken);
        return response.HasValue
            ? new Sentinel(response.Value!.GetString("ExecutionId"), response.Value.GetInt64("NextSeq") ?? 0, response.Value.ETag)
            : null;
    }

    /// <summary>Starts an execution's history afresh; its ETag change makes any older checkpoint in flight fail.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="executionId">The new execution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when written.</returns>
    public Task ResetAsync(string instanceId, string executionId, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(SentinelEntity(instanceId, executionId, 0), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Loads an execution's events in order.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="executionId">The execution.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The events.</returns>
    public async Task<IReadOnlyList<HistoryEvent>> LoadAsync(string instanceId, string executionId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instanceId} and RowKey gt {executionId + "-"} and RowKey lt {executionId + "."}");
        var events = new List<HistoryEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var json = await payloads.LoadAsync(StoredText.From(row, "Event"), cancellationToken);
            events.Add(JsonSerializer.Deserialize<HistoryEvent>(json!, DataConverter.Options)!);
        }

        return events;
    }

    /// <summary>
    /// Appends events under the sentinel's ETag: a conflict means another worker checkpointed the instance since it was
    /// locked, and nothing of this checkpoint is kept.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="sentinel">The sentinel as read at lock time.</param>
    /// <param name="events">The new events.</param>
    /// <param name="newExecutionId">Set when the execution continues as new: the sentinel moves to it and its history starts empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sentinel as it stands after the checkpoint.</returns>
    /// <exception cref="LockLostException">The sentinel changed.</exception>
    public async Task<Sentinel> AppendAsync(string instanceId, Sentinel sentinel, IReadOnlyList<HistoryEvent> events, string? newExecutionId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>(events.Count);
        var seq = sentinel.NextSeq;
        foreach (var historyEvent in events)
        {
            var rowKey = $"{sentinel.ExecutionId}-{seq++.ToString("X8", CultureInfo.InvariantCulture)}";
            var json = JsonSerializer.Serialize(historyEvent, DataConverter.Options);
            var row = new TableEntity(instanceId, rowKey)
            {
                ["ExecutionId"] = sentinel.ExecutionId,
                ["EventType"] = historyEvent.GetType().Name,
                [WorkerIdProperty] = workerId,
            };
            (await payloads.StorePropertyAsync(instanceId, "event", json, cancellationToken)).WriteTo(row, "Event");
            rows.Add(row);
        }

        var next = newExecutionId is null ? SentinelEntity(instanceId, sentinel.ExecutionId, seq) : SentinelEntity(instanceId, newExecutionId, 0);
        var first = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, next, sentinel.ETag) };
        first.AddRange(rows.Take(MaxBatch - 1).Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)));
        ETag written;
        try
        {
            var responses = await table.SubmitTransactionAsync(first, cancellationToken);
            written = responses.Value[0].Headers.ETag ?? default;
        }
        catch (TableTransactionFailedException error) when (error.Status is 412 or 404)
        {
            throw new LockLostException(
                $"Orchestration instance '{instanceId}' was checkpointed by another worker since it was locked (its history sentinel changed); the episode was discarded.",
                error);
        }

        // The sentinel moved on with the first batch; the rest only adds rows of this execution.
        foreach (var batch in rows.Skip(MaxBatch - 1).Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)), cancellationToken);
        }

        if (newExecutionId is not null)
        {
            await DeleteRowsAsync(instanceId, keepExecutionId: newExecutionId, cancellationToken);
            return new Sentinel(newExecutionId, 0, written);
        }

        return new Sentinel(sentinel.ExecutionId, seq, written);
    }

    /// <summary>Deletes an instance's event rows (of every execution but one), in batches of its partition.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="keepExecutionId">The execution whose rows and the sentinel stay; all rows go when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when deleted.</returns>
    public async Task DeleteRowsAsync(string instanceId, string? keepExecutionId, CancellationToken cancellationToken)
    {
        var doomed = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}"), select: ["PartitionKey", "RowKey", "ExecutionId"], cancellationToken: cancellationToken))
        {
            var keep = keepExecutionId is not null && (row.RowKey == SentinelKey || row.GetString("ExecutionId") == keepExecutionId);
            if (!keep)
            {
                doomed.Add(row);
            }
        }

        foreach (var batch in doomed.Chunk(MaxBatch))
        {
            try
            {
                await table.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException error) when (error.Status == 404)
            {
                // Deleted concurrently (a purge racing a restart): delete what is left one by one.
                foreach (var row in batch)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
            }
        }
    }

    private static TableEntity SentinelEntity(string instanceId, string executionId, long nextSeq) =>
        new(instanceId, SentinelKey) { ["ExecutionId"] = executionId, ["NextSeq"] = nextSeq };
}

/// <summary>An instance's history sentinel.</summary>
/// <param name="ExecutionId">The execution whose history is current.</param>
/// <param name="NextSeq">The next event's sequence number.</param>
/// <param name="ETag">The ETag that guards the next checkpoint.</param>
internal sealed record Sentinel(string ExecutionId, long NextSeq, ETag ETag);
