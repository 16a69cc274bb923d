using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>
/// The behaviour every <see cref="ILeaseStore"/> must have. A backend's test project subclasses this and supplies a
/// fresh store per test. The store must read time only from the given provider.
/// </summary>
public abstract partial class LeaseStoreConformanceTests : IAsyncLifetime
{
    /// <summary>The fake clock's start.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The lease duration most tests use.</summary>
    protected static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private ILeaseStore? _store;

    /// <summary>Gets the clock given to the store; tests advance it instead of sleeping.</summary>
    protected FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Gets the store under test.</summary>
    protected ILeaseStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Gets the lease most tests use, unique to this test.</summary>
    protected string Scheduler { get; } = "scheduler-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Creates an empty store that reads time from <paramref name="time"/>.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The store.</returns>
    protected abstract Task<ILeaseStore> CreateStoreAsync(TimeProvider time);

    /// <inheritdoc/>
    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    /// <inheritdoc/>
    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TryAcquireAsync_FreeLease_ReturnsLeaseHeldByCaller()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);

        Assert.NotNull(lease);
        Assert.Equal(Scheduler, lease.Name);
        Assert.Equal("host-a", lease.OwnerId);
        Assert.Equal(Start + Duration, lease.ExpiresAt);
        Assert.Equal(lease, await Store.GetAsync(Scheduler));
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherOwnerUntilJustBeforeExpiry_ReturnsNull()
    {
        await Store.TryAcquireAsync(Scheduler, "host-a", Duration);

        Assert.Null(await Store.TryAcquireAsync(Scheduler, "host-b", Duration));
        Time.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.Null(await Store.TryAcquireAsync(Scheduler, "host-b", Duration));
        Assert.Equal("host-a", (await Store.GetAsync(Scheduler))?.OwnerId);
    }

    [Fact]
    public async Task TryAcquireAsync_AfterExpiry_AnotherOwnerTakesItWithHigherToken()
    {
        var first = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(Duration);

        var stolen = await Store.TryAcquireAsync(Scheduler, "host-b", Duration);

        Assert.NotNull(first);
        Assert.NotNull(stolen);
        Assert.Equal("host-b", stolen.OwnerId);
        Assert.True(stolen.Token > first.Token);
        Assert.Equal(Time.GetUtcNow() + Duration, stolen.ExpiresAt);
    }

    [Fact]
    public async Task TryAcquireAsync_SameOwnerWhileHeld_ExtendsWithSameToken()
    {
        var first = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(TimeSpan.FromSeconds(10));

        var again = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);

        Assert.NotNull(first);
        Assert.NotNull(again);
        Assert.Equal(first.Token, again.Token);
        Assert.Equal(Time.GetUtcNow() + Duration, again.ExpiresAt);
    }

    [Fact]
    public async Task Leases_WithDifferentNames_AreIndependent()
    {
        var other = Scheduler + "-other";

        Assert.NotNull(await Store.TryAcquireAsync(Scheduler, "host-a", Duration));
        Assert.NotNull(await Store.TryAcquireAsync(other, "host-b", Duration));

        Assert.Equal("host-a", (await Store.GetAsync(Scheduler))?.OwnerId);
        Assert.Equal("host-b", (await Store.GetAsync(other))?.OwnerId);
    }

    [Fact]
    public async Task GetAsync_FreeOrExpiredLease_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync(Scheduler));

        await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(Duration);

        Assert.Null(await Store.GetAsync(Scheduler));
    }

    [Fact]
    public async Task TryAcquireAsync_ManyOwnersAtOnce_ExactlyOneWins()
    {
        var attempts = Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => Store.TryAcquireAsync(Scheduler, $"host-{i}", Duration)));

        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, lease => lease is not null);
        Assert.Equal(winner, await Store.GetAsync(Scheduler));
    }

    [Fact]
    public async Task Arguments_BlankNamesOrNonPositiveDuration_Throw()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.TryAcquireAsync(" ", "host-a", Duration));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.TryAcquireAsync(Scheduler, "", Duration));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.TryAcquireAsync(Scheduler, "host-a", TimeSpan.Zero));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetAsync(""));
    }
}
