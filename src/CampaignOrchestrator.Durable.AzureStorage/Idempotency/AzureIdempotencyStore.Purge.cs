using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Idempotency;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Purging completed records in batches, one partition at a time (a table transaction never spans partitions).</summary>
public sealed partial class AzureIdempotencyStore
{
    private const int MaxBatch = 100;

    /// <inheritdoc/>
    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await _account.EnsureCreatedAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"Completed eq {true} and CompletedAt lt {olderThan}");
        var rows = new List<IdempotencyRow>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(IdempotencyRow.From(entity));
        }

        var deleted = 0;
        foreach (var partition in rows.GroupBy(row => IdempotencyRow.PartitionOf(TableKeys.Hash(row.Key))))
        {
            foreach (var batch in partition.Chunk(MaxBatch))
            {
                deleted += await DeleteBatchAsync(batch, cancellationToken);
            }
        }

        return deleted;
    }

    private async Task<int> DeleteBatchAsync(IdempotencyRow[] batch, CancellationToken cancellationToken)
    {
        var actions = batch.Select(row =>
        {
            var entity = row.ToEntity();
            entity.ETag = row.ETag;
            return new TableTransactionAction(TableTransactionActionType.Delete, entity, row.ETag);
        });
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException)
        {
            // A row changed or went since it was read (forgotten, say): delete the rest one by one.
            var one = 0;
            foreach (var row in batch)
            {
                one += await TryDeleteAsync(row, cancellationToken) ? 1 : 0;
            }

            return one;
        }

        foreach (var row in batch.Where(row => row.ResultBlob is not null))
        {
            await _payloads.DeleteAsync(row.ResultBlob!, cancellationToken);
        }

        return batch.Length;
    }
}
