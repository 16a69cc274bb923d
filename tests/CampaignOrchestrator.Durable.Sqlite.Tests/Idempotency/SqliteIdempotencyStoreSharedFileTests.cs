using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Idempotency;

/// <summary>Two database instances on one file stand in for two hosts re-executing the same activity.</summary>
public sealed class SqliteIdempotencyStoreSharedFileTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BeginAsync_TwoDatabasesOnOneFileAtOnce_ExactlyOneNeverCalled()
    {
        var hostA = new SqliteIdempotencyStore(_folder.Open(_time), _time);
        var hostB = new SqliteIdempotencyStore(_folder.Open(_time), _time);
        var attempts = new[] { hostA, hostB }.SelectMany(host => Enumerable.Range(0, 4).Select(_ => Task.Run(() => host.BeginAsync("send-batch:1"))));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, record => record.State == IdempotencyState.NeverCalled);
        Assert.Equal(7, results.Count(record => record.State == IdempotencyState.Ambiguous));
        Assert.Equal(8, (await hostB.ReadAsync("send-batch:1"))?.Attempts);
    }

    [Fact]
    public async Task BeginAsync_AfterOtherDatabaseCompleted_ReturnsItsResult()
    {
        var hostA = new SqliteIdempotencyStore(_folder.Open(_time), _time);
        var hostB = new SqliteIdempotencyStore(_folder.Open(_time), _time);
        await hostA.BeginAsync("send-batch:1");
        await hostA.CompleteAsync("send-batch:1", """{"batchId":4711}""");

        var again = await hostB.BeginAsync("send-batch:1");

        Assert.Equal(IdempotencyState.Completed, again.State);
        Assert.Equal("""{"batchId":4711}""", again.Result);
    }
}
