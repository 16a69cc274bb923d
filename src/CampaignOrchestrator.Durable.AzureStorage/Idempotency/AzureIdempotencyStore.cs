using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Idempotency;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Idempotency records as rows of the hub's Idempotency table, each change conditional on the row's ETag so that
/// concurrent callers in any process see each other's claims atomically. Results over a table property's limit are
/// gzip'd in the payload container.
/// </summary>
public sealed partial class AzureIdempotencyStore : IIdempotencyStore
{
    private readonly StorageAccount _account;
    private readonly TableClient _table;
    private readonly PayloadStore _payloads;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="account">The storage account.</param>
    /// <param name="time">The clock that stamps records.</param>
    public AzureIdempotencyStore(StorageAccount account, TimeProvider time)
    {
        _account = account ?? throw new ArgumentNullException(nameof(account));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _table = account.Table(account.Names.IdempotencyTable);
        _payloads = new PayloadStore(account.Blobs.GetBlobContainerClient(account.Names.PayloadContainer));
    }

    /// <inheritdoc/>
    public async Task<IdempotencyRecord> BeginAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        await _account.EnsureCreatedAsync(cancellationToken);
        while (true)
        {
            var row = await ReadRowAsync(key, cancellationToken);
            if (row is null)
            {
                var claimed = new IdempotencyRow(key, false, null, null, 1, _time.GetUtcNow(), null, default);
                if (await TryWriteAsync(null, claimed, cancellationToken))
                {
                    return claimed.ToRecord(IdempotencyState.NeverCalled, null);
                }
            }
            else if (row.Completed)
            {
                return row.ToRecord(IdempotencyState.Completed, await ResultOfAsync(row, cancellationToken));
            }
            else
            {
                var counted = row with { Attempts = row.Attempts + 1 };
                if (await TryWriteAsync(row, counted, cancellationToken))
                {
                    return counted.ToRecord(IdempotencyState.Ambiguous, null);
                }
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IdempotencyRecord> CompleteAsync(string key, string? result, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        IdempotencyLimits.ThrowIfResultTooLarge(result, nameof(result));
        await _account.EnsureCreatedAsync(cancellationToken);
        while (true)
        {
            var row = await ReadRowAsync(key, cancellationToken);
            if (row is { Completed: true })
            {
                return row.ToRecord(IdempotencyState.Completed, await ResultOfAsync(row, cancellationToken));
            }

            var now = _time.GetUtcNow();
            var completed = row is null
                ? new IdempotencyRow(key, true, null, null, 0, now, now, default)
                : row with { Completed = true, CompletedAt = now };
            completed = await WithResultAsync(completed, result, cancellationToken);
            if (await TryWriteAsync(row, completed, cancellationToken))
            {
                return completed.ToRecord(IdempotencyState.Completed, result);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<IdempotencyRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadRowAsync(key, cancellationToken);
        return row switch
        {
            null => null,
            { Completed: true } => row.ToRecord(IdempotencyState.Completed, await ResultOfAsync(row, cancellationToken)),
            _ => row.ToRecord(IdempotencyState.InProgress, null),
        };
    }

    /// <inheritdoc/>
    public async Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadRowAsync(key, cancellationToken);
        return row is { Completed: false } && await TryDeleteAsync(row, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> ForgetAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadRowAsync(key, cancellationToken);
        return row is not null && await TryDeleteAsync(row, cancellationToken);
    }

    private async Task<IdempotencyRow?> ReadRowAsync(string key, CancellationToken cancellationToken)
    {
        var hash = TableKeys.Hash(key);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(IdempotencyRow.PartitionOf(hash), hash, cancellationToken: cancellationToken);
        return response.HasValue ? IdempotencyRow.From(response.Value!) : null;
    }

    private async Task<string?> ResultOfAsync(IdempotencyRow row, CancellationToken cancellationToken) =>
        row.ResultBlob is { } blob ? await _payloads.ReadAsync(blob, cancellationToken) : row.Result;

    private async Task<IdempotencyRow> WithResultAsync(IdempotencyRow row, string? result, CancellationToken cancellationToken)
    {
        if (result is null || result.Length <= QueueLimits.MaxInlinePropertyChars)
        {
            return row with { Result = result };
        }

        // A unique name per write: a losing concurrent writer's blob is never the one the winning row points at.
        var blob = $"idempotency/{TableKeys.Hash(row.Key)}/{Guid.NewGuid():N}";
        await _payloads.WriteAsync(blob, result, cancellationToken);
        return row with { ResultBlob = blob };
    }

    private async Task<bool> TryWriteAsync(IdempotencyRow? current, IdempotencyRow next, CancellationToken cancellationToken)
    {
        try
        {
            if (current is null)
            {
                await _table.AddEntityAsync(next.ToEntity(), cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(next.ToEntity(), current.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException error) when (error.IsConflict() || error.IsPreconditionFailed())
        {
            return false;
        }
    }

    private async Task<bool> TryDeleteAsync(IdempotencyRow row, CancellationToken cancellationToken)
    {
        var entity = row.ToEntity();
        try
        {
            await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException error) when (error.IsNotFound() || error.IsPreconditionFailed())
        {
            return false;
        }

        if (row.ResultBlob is { } blob)
        {
            await _payloads.DeleteAsync(blob, cancellationToken);
        }

        return true;
    }
}
