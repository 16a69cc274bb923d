using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Leases;

/// <summary>Two database instances on one file stand in for two host processes competing for the scheduler.</summary>
public sealed class SqliteLeaseStoreSharedFileTests : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TryAcquireAsync_TwoDatabasesOnOneFile_OneHolderAtATime()
    {
        var hostA = new SqliteLeaseStore(_folder.Open(_time), _time);
        var hostB = new SqliteLeaseStore(_folder.Open(_time), _time);

        var results = await Task.WhenAll(
            Task.Run(() => hostA.TryAcquireAsync("scheduler", "host-a", Duration)),
            Task.Run(() => hostB.TryAcquireAsync("scheduler", "host-b", Duration)));

        var winner = Assert.Single(results, lease => lease is not null);
        Assert.Equal(winner, await hostA.GetAsync("scheduler"));
        Assert.Equal(winner, await hostB.GetAsync("scheduler"));
    }

    [Fact]
    public async Task RenewAsync_AfterOtherProcessTookExpiredLease_ReturnsNull()
    {
        var hostA = new SqliteLeaseStore(_folder.Open(_time), _time);
        var hostB = new SqliteLeaseStore(_folder.Open(_time), _time);
        var lease = await hostA.TryAcquireAsync("scheduler", "host-a", Duration);
        _time.Advance(Duration);

        var taken = await hostB.TryAcquireAsync("scheduler", "host-b", Duration);

        Assert.NotNull(taken);
        Assert.Null(await hostA.RenewAsync(lease!, Duration));
    }
}
