using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// The host's named leases as rows of the hub's Leases table, changed only with the row's ETag so that of concurrent
/// callers exactly one wins. Expiry is on the store's clock.
/// </summary>
public sealed class AzureLeaseStore : ILeaseStore
{
    private const string Partition = "lease";
    private readonly StorageAccount _account;
    private readonly TableClient _table;
    private readonly TimeProvider _time;

    /// <summary>Creates the store.</summary>
    /// <param name="account">The storage account.</param>
    /// <param name="time">The clock for expiry.</param>
    public AzureLeaseStore(StorageAccount account, TimeProvider time)
    {
        _account = account ?? throw new ArgumentNullException(nameof(account));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _table = account.Table(account.Names.LeasesTable);
    }

    /// <inheritdoc/>
    public async Task<Lease?> TryAcquireAsync(string name, string ownerId, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        Lease.ThrowIfInvalid(name, ownerId, duration);
        await _account.EnsureCreatedAsync(cancellationToken);
        while (true)
        {
            var now = _time.GetUtcNow();
            var row = await ReadAsync(name, cancellationToken);
            long token;
            if (row is null)
            {
                token = 1;
            }
            else if (row.Owner == ownerId)
            {
                token = row.Token;
            }
            else if (row.Owner is null || row.ExpiresAt <= now)
            {
                token = row.Token + 1;
            }
            else
            {
                return null;
            }

            var lease = new Lease(name, ownerId, token, now + duration);
            if (await TryWriteAsync(row, lease, cancellationToken))
            {
                return lease;
            }

            // Someone changed the row between the read and the write: read it again and decide anew.
        }
    }

    /// <inheritdoc/>
    public async Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        Lease.ThrowIfInvalid(lease.Name, lease.OwnerId, duration);
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadAsync(lease.Name, cancellationToken);
        if (!IsHeldBy(row, lease))
        {
            return null;
        }

        var renewed = lease with { ExpiresAt = _time.GetUtcNow() + duration };
        return await TryWriteAsync(row, renewed, cancellationToken) ? renewed : null;
    }

    /// <inheritdoc/>
    public async Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadAsync(lease.Name, cancellationToken);
        return IsHeldBy(row, lease) && await TryWriteAsync(row, lease with { OwnerId = string.Empty }, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Lease?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadAsync(name, cancellationToken);
        return row is { Owner: { } owner } && row.ExpiresAt > _time.GetUtcNow() ? new Lease(name, owner, row.Token, row.ExpiresAt) : null;
    }

    private static bool IsHeldBy(LeaseRow? row, Lease lease) => row is not null && row.Owner == lease.OwnerId && row.Token == lease.Token;

    private async Task<LeaseRow?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Escape(name), cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entity = response.Value!;
        var owner = entity.GetString("Owner");
        return new LeaseRow(string.IsNullOrEmpty(owner) ? null : owner, entity.GetInt64("Token") ?? 0, entity.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue, entity.ETag);
    }

    // An empty owner marks a released lease. Returns false when another writer got there first.
    private async Task<bool> TryWriteAsync(LeaseRow? current, Lease lease, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, TableKeys.Escape(lease.Name))
        {
            ["Name"] = lease.Name,
            ["Owner"] = lease.OwnerId,
            ["Token"] = lease.Token,
            ["ExpiresAt"] = lease.ExpiresAt,
        };
        try
        {
            if (current is null)
            {
                await _table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await _table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException error) when (error.IsConflict() || error.IsPreconditionFailed())
        {
            return false;
        }
    }

    private sealed record LeaseRow(string? Owner, long Token, DateTimeOffset ExpiresAt, ETag ETag);
}
