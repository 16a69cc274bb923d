using System.Collections.Concurrent;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.AppQueues;

/// <summary>Two database instances on one file stand in for two processes sharing it.</summary>
public sealed class SqliteAppQueueStoreSharedFileTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReceiveAsync_TwoDatabasesOnOneFile_NoMessageDeliveredTwice()
    {
        const int MessageCount = 120;
        var stores = new[] { new SqliteAppQueueStore(_folder.Open(_time), _time), new SqliteAppQueueStore(_folder.Open(_time), _time) };
        var enqueued = new HashSet<string>();
        for (var i = 0; i < MessageCount; i++)
        {
            enqueued.Add(await stores[i % 2].EnqueueAsync("inbound", $"response {i}"));
        }

        var deliveries = new ConcurrentBag<string>();
        var receivers = stores.SelectMany(store => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var batch = await store.ReceiveAsync("inbound", 5, TimeSpan.FromMinutes(5));
                if (batch.Count == 0 || deliveries.Count > MessageCount)
                {
                    return;
                }

                foreach (var message in batch)
                {
                    deliveries.Add(message.Id);
                }
            }
        })));
        await Task.WhenAll(receivers);

        Assert.Equal(MessageCount, deliveries.Count);
        Assert.Equal(enqueued, deliveries.ToHashSet());
        Assert.Equal(MessageCount, await stores[0].GetDepthAsync("inbound"));
    }

    [Fact]
    public async Task DeleteAsync_ReceiptFromOtherDatabaseInstance_IsHonouredOnlyWhileCurrent()
    {
        var first = new SqliteAppQueueStore(_folder.Open(_time), _time);
        var second = new SqliteAppQueueStore(_folder.Open(_time), _time);
        await first.EnqueueAsync("inbound", "body");
        var lapsed = Assert.Single(await first.ReceiveAsync("inbound", 1, TimeSpan.FromSeconds(30)));
        _time.Advance(TimeSpan.FromSeconds(30));
        var owned = Assert.Single(await second.ReceiveAsync("inbound", 1, TimeSpan.FromSeconds(30)));

        Assert.False(await first.DeleteAsync("inbound", lapsed.Id, lapsed.PopReceipt));
        Assert.True(await first.DeleteAsync("inbound", owned.Id, owned.PopReceipt));
    }
}
