using CampaignOrchestrator.Durable.Backend;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Expiring leases in the SQLite file; each call is one <c>BEGIN IMMEDIATE</c> transaction.</summary>
/// <param name="database">The database file.</param>
/// <param name="timeProvider">The clock for expiry.</param>
public sealed class SqliteLeaseStore(SqliteDatabase database, TimeProvider timeProvider) : ILeaseStore
{
    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <inheritdoc/>
    public Task<Lease?> TryAcquireAsync(string name, string ownerId, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        Lease.ThrowIfInvalid(name, ownerId, duration);
        var clock = _timeProvider.GetUtcNow();
        var now = SqliteTime.ToStored(clock);
        var expiresAt = SqliteTime.ToStored(clock + duration);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var current = await ReadRowAsync(connection, transaction, name, cancellationToken);
                long token;
                if (current is null)
                {
                    token = 1;
                }
                else if (current.Value.OwnerId == ownerId)
                {
                    token = current.Value.Token;
                }
                else if (current.Value.OwnerId is null || current.Value.ExpiresAt <= now)
                {
                    token = current.Value.Token + 1;
                }
                else
                {
                    return null;
                }

                await using var upsert = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO leases (name, owner_id, token, expires_at) VALUES ($name, $owner, $token, $expiresAt)
                    ON CONFLICT (name) DO UPDATE SET owner_id = excluded.owner_id, token = excluded.token, expires_at = excluded.expires_at;
                    """,
                    ("$name", name),
                    ("$owner", ownerId),
                    ("$token", token),
                    ("$expiresAt", expiresAt));
                await upsert.ExecuteNonQueryAsync(cancellationToken);
                return new Lease(name, ownerId, token, SqliteTime.FromStored(expiresAt));
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        Lease.ThrowIfInvalid(lease.Name, lease.OwnerId, duration);
        var expiresAt = SqliteTime.ToStored(_timeProvider.GetUtcNow() + duration);
        var renewed = await ChangeHeldLeaseAsync(lease, "UPDATE leases SET expires_at = $expiresAt", expiresAt, cancellationToken);
        return renewed ? lease with { ExpiresAt = SqliteTime.FromStored(expiresAt) } : null;
    }

    /// <inheritdoc/>
    public Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return ChangeHeldLeaseAsync(lease, "UPDATE leases SET owner_id = NULL", expiresAt: null, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Lease?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var now = SqliteTime.ToStored(_timeProvider.GetUtcNow());
        return _database.ReadAsync(
            async connection =>
            {
                var row = await ReadRowAsync(connection, null, name, cancellationToken);
                return row is { OwnerId: { } owner } held && held.ExpiresAt > now
                    ? new Lease(name, owner, held.Token, SqliteTime.FromStored(held.ExpiresAt))
                    : null;
            },
            cancellationToken);
    }

    private static async Task<(string? OwnerId, long Token, long ExpiresAt)?> ReadRowAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string name,
        CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand(transaction, "SELECT owner_id, token, expires_at FROM leases WHERE name = $name;", ("$name", name));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private Task<bool> ChangeHeldLeaseAsync(Lease lease, string update, long? expiresAt, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            async (connection, transaction) =>
            {
                // Still held means same owner and same token: a lease taken by another owner has a higher token.
                await using var command = connection.CreateCommand(
                    transaction,
                    update + " WHERE name = $name AND owner_id = $owner AND token = $token;",
                    ("$name", lease.Name),
                    ("$owner", lease.OwnerId),
                    ("$token", lease.Token),
                    ("$expiresAt", expiresAt));
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
}
