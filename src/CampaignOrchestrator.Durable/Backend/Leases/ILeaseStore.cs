namespace CampaignOrchestrator.Durable.Backend;

/// <summary>
/// Named expiring leases for work that must run in one process at a time (for example the cron scheduler). A lease
/// belongs to one owner until it expires or is released; an expired lease can be taken by anyone. Every change of
/// owner increases the lease's <see cref="Lease.Token"/>, so it also serves as a fencing token.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes a lease that is free, released or expired, or extends one the same owner already holds (keeping its token).
    /// </summary>
    /// <param name="name">The lease name; not blank.</param>
    /// <param name="ownerId">Who asks, stable for the life of the process; not blank.</param>
    /// <param name="duration">How long the lease lasts from now; positive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lease, or <see langword="null"/> when another owner holds it and it has not expired.</returns>
    Task<Lease?> TryAcquireAsync(string name, string ownerId, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends a held lease to <paramref name="duration"/> from now. A lease that expired but was not taken by anyone
    /// else can still be renewed.
    /// </summary>
    /// <param name="lease">The lease as last acquired or renewed.</param>
    /// <param name="duration">How long the lease lasts from now; positive.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The renewed lease, or <see langword="null"/> when it was lost (released, or expired and taken).</returns>
    Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives a lease up so another owner can take it at once. Only the holder can release it.</summary>
    /// <param name="lease">The lease as last acquired or renewed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when released; <see langword="false"/> (and nothing changed) when the caller no
    /// longer holds it.</returns>
    Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken = default);

    /// <summary>Reads who holds a lease now.</summary>
    /// <param name="name">The lease name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The current lease, or <see langword="null"/> when it is free, released or expired.</returns>
    Task<Lease?> GetAsync(string name, CancellationToken cancellationToken = default);
}
