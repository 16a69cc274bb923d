namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Renewal and release: only the current holder may extend or give up a lease.</summary>
public abstract partial class LeaseStoreConformanceTests
{
    [Fact]
    public async Task RenewAsync_ByHolder_ExtendsExpiryFromNow()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await Store.RenewAsync(lease!, Duration);

        Assert.NotNull(renewed);
        Assert.Equal(lease!.Token, renewed.Token);
        Assert.Equal(Time.GetUtcNow() + Duration, renewed.ExpiresAt);
        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(await Store.TryAcquireAsync(Scheduler, "host-b", Duration));
    }

    [Fact]
    public async Task RenewAsync_AfterExpiryButNotTaken_Succeeds()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(Duration * 2);

        var renewed = await Store.RenewAsync(lease!, Duration);

        Assert.NotNull(renewed);
        Assert.Equal("host-a", (await Store.GetAsync(Scheduler))?.OwnerId);
    }

    [Fact]
    public async Task RenewAsync_AfterExpiryAndTakenByAnother_ReturnsNull()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(Duration);
        var stolen = await Store.TryAcquireAsync(Scheduler, "host-b", Duration);

        Assert.Null(await Store.RenewAsync(lease!, Duration));

        Assert.Equal(stolen, await Store.GetAsync(Scheduler));
    }

    [Fact]
    public async Task RenewAsync_AfterRelease_ReturnsNull()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Assert.True(await Store.ReleaseAsync(lease!));

        Assert.Null(await Store.RenewAsync(lease!, Duration));
        Assert.Null(await Store.GetAsync(Scheduler));
    }

    [Fact]
    public async Task ReleaseAsync_ByHolder_LetsAnotherOwnerAcquireAtOnce()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);

        Assert.True(await Store.ReleaseAsync(lease!));

        Assert.Null(await Store.GetAsync(Scheduler));
        var next = await Store.TryAcquireAsync(Scheduler, "host-b", Duration);
        Assert.NotNull(next);
        Assert.True(next.Token > lease!.Token);
    }

    [Fact]
    public async Task ReleaseAsync_ByNonHolder_IsIgnored()
    {
        var lease = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);

        Assert.False(await Store.ReleaseAsync(lease! with { OwnerId = "host-b" }));

        Assert.Equal(lease, await Store.GetAsync(Scheduler));
        Assert.Null(await Store.TryAcquireAsync(Scheduler, "host-b", Duration));
    }

    [Fact]
    public async Task ReleaseAsync_StaleLeaseAfterAnotherTookIt_IsIgnored()
    {
        var lapsed = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Time.Advance(Duration);
        var current = await Store.TryAcquireAsync(Scheduler, "host-b", Duration);

        Assert.False(await Store.ReleaseAsync(lapsed!));

        Assert.Equal(current, await Store.GetAsync(Scheduler));
    }

    [Fact]
    public async Task ReleaseAsync_SameOwnerAfterLosingAndRetaking_OldTokenIsIgnored()
    {
        var old = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);
        Assert.True(await Store.ReleaseAsync(old!));
        var retaken = await Store.TryAcquireAsync(Scheduler, "host-a", Duration);

        Assert.False(await Store.ReleaseAsync(old!));

        Assert.Equal(retaken, await Store.GetAsync(Scheduler));
    }
}
