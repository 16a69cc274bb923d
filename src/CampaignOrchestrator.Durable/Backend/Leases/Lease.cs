namespace CampaignOrchestrator.Durable.Backend;

/// <summary>A named lease held by one owner until it expires.</summary>
/// <param name="Name">The lease name.</param>
/// <param name="OwnerId">Who holds it.</param>
/// <param name="Token">Increases every time the lease changes owner (or is taken again after a release); stays the
/// same across renewals. Compare tokens to tell whether work was started under the current lease.</param>
/// <param name="ExpiresAt">When the lease lapses unless renewed.</param>
public sealed record Lease(string Name, string OwnerId, long Token, DateTimeOffset ExpiresAt)
{
    /// <summary>Throws when a lease name, owner or duration is unusable; every backend checks arguments this way.</summary>
    /// <param name="name">The lease name; not blank.</param>
    /// <param name="ownerId">The owner; not blank.</param>
    /// <param name="duration">The duration; positive.</param>
    /// <exception cref="ArgumentException">A name or owner is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The duration is not positive.</exception>
    public static void ThrowIfInvalid(string name, string ownerId, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
    }
}
