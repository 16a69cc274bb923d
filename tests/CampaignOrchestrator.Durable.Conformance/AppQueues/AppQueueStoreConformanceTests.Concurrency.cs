using System.Collections.Concurrent;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Concurrent receivers on one store.</summary>
public abstract partial class AppQueueStoreConformanceTests
{
    [Fact]
    public async Task ReceiveAsync_ManyConcurrentReceivers_NeverGetTheSameMessage()
    {
        const int MessageCount = 60;
        var enqueued = new HashSet<string>();
        for (var i = 0; i < MessageCount; i++)
        {
            enqueued.Add(await Store.EnqueueAsync(Orders, $"m{i}"));
        }

        var received = new ConcurrentBag<string>();
        var receivers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var batch = await Store.ReceiveAsync(Orders, 4, TimeSpan.FromMinutes(5));

                // A store that hands out duplicates would never run dry: stop once more than every message came back.
                if (batch.Count == 0 || received.Count > MessageCount)
                {
                    return;
                }

                foreach (var message in batch)
                {
                    received.Add(message.Id);
                }
            }
        }));
        await Task.WhenAll(receivers);

        Assert.Equal(MessageCount, received.Count);
        Assert.Equal(enqueued, received.ToHashSet());
    }

    [Fact]
    public async Task DeleteAsync_ConcurrentWithReceives_EachMessageDeletedOnce()
    {
        for (var i = 0; i < 20; i++)
        {
            await Store.EnqueueAsync(Orders, $"m{i}");
        }

        var deleted = new ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            IReadOnlyList<Backend.AppQueueMessage> batch;
            while (deleted.Count <= 20 && (batch = await Store.ReceiveAsync(Orders, 3, TimeSpan.FromMinutes(5))).Count > 0)
            {
                foreach (var message in batch)
                {
                    Assert.True(await Store.DeleteAsync(Orders, message.Id, message.PopReceipt));
                    deleted.Add(message.Id);
                }
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal(20, deleted.Distinct().Count());
        Assert.Equal(0, await Store.GetDepthAsync(Orders));
    }
}
