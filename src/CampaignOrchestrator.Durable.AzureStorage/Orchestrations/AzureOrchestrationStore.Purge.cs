using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Orchestrations;
using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Purging finished instances, dead letters and the backlog.</summary>
public sealed partial class AzureOrchestrationStore
{
    /// <inheritdoc/>
    public async Task<int> PurgeAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await _account.EnsureCreatedAsync(cancellationToken);
        if (filter.InstanceId is { } instanceId)
        {
            return await ReadRowAsync(instanceId, cancellationToken) is { } row && row.Status.IsFinished() && await PurgeOneAsync(row, cancellationToken) ? 1 : 0;
        }

        var finished = Enum.GetValues<RuntimeStatus>().Where(status => status.IsFinished());
        var statuses = filter.Statuses is { Count: > 0 } wanted ? finished.Intersect(wanted).ToList() : [.. finished];
        if (statuses.Count == 0)
        {
            return 0;
        }

        var query = InstanceFilter(statuses, filter.CreatedFrom, filter.CreatedTo, prefix: null);
        var purged = 0;
        await foreach (var entity in _instances.QueryAsync<TableEntity>(query, cancellationToken: cancellationToken))
        {
            purged += await PurgeOneAsync(InstanceRow.From(entity), cancellationToken) ? 1 : 0;
        }

        return purged;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? instanceId = null, CancellationToken cancellationToken = default)
    {
        await _account.EnsureCreatedAsync(cancellationToken);
        var filter = instanceId is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {instanceId}");
        var letters = new List<DeadLetter>();
        await foreach (var entity in _deadLetters.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            letters.Add(new DeadLetter(
                entity.PartitionKey,
                entity.GetString("Kind"),
                await _payloads.LoadAsync(StoredText.From(entity, "Payload"), cancellationToken) ?? string.Empty,
                entity.GetString("Reason"),
                entity.GetDateTimeOffset("DeadLetteredAt") ?? DateTimeOffset.MinValue));
        }

        return [.. letters.OrderBy(letter => letter.DeadLetteredAt)];
    }

    /// <summary>
    /// Counts the messages in the control queues and the work-item queue. The service reports each queue's approximate
    /// count of all its messages, timers not yet due and messages being processed included.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    public async Task<Backlog> GetBacklogAsync(CancellationToken cancellationToken = default)
    {
        await _account.EnsureCreatedAsync(cancellationToken);
        var control = await Task.WhenAll(_controlQueues.Select(queue => queue.CountAsync(cancellationToken)));
        return new Backlog(control.Sum(), await _workItems.CountAsync(cancellationToken));
    }

    // The row goes last and only if unchanged, so an instance restarted meanwhile is not purged.
    private async Task<bool> PurgeOneAsync(InstanceRow row, CancellationToken cancellationToken)
    {
        await _history.DeleteRowsAsync(row.InstanceId, keepExecutionId: null, cancellationToken);
        await _payloads.Store.DeleteFolderAsync(InstancePayloads.FolderOf(row.InstanceId), cancellationToken);
        try
        {
            await _instances.DeleteEntityAsync(row.InstanceId, InstanceRow.RowKey, row.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException error) when (error.IsPreconditionFailed() || error.IsNotFound())
        {
            return false;
        }
    }
}
