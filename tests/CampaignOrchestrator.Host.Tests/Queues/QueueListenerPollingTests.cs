using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>Batches, the bound on messages in progress, back-off on an empty queue and recovery from store failures.</summary>
public abstract class QueueListenerPollingTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    [Fact]
    public async Task SlowHandlers_NewBatchOnlyAtTheThreshold_NeverMoreThanBatchSizePlusThresholdInProgress()
    {
        // Declared first so it outlives the harness, whose disposal cancels the handlers still waiting on it.
        using var permits = new SemaphoreSlim(0);
        await using var harness = Harness(new Dictionary<string, string?>
        {
            ["Queues:BatchSize"] = "4",
            ["Queues:NewBatchThreshold"] = "2",
        });
        harness.Handler.Behavior = async (_, cancellationToken) =>
        {
            await permits.WaitAsync(cancellationToken);
            return QueueMessageOutcome.Completed;
        };
        for (var i = 0; i < 12; i++)
        {
            await harness.Sender.SendAsync(harness.QueueName, $"message {i}");
        }

        await harness.StartAsync();
        await harness.Handler.WaitForDeliveriesAsync(4);
        Assert.Equal(4, harness.Handler.InProgress);

        // Two finish: two remain, which is the threshold, so one more batch of four comes.
        permits.Release(2);
        await harness.Handler.WaitForDeliveriesAsync(8);
        Assert.Equal(6, harness.Handler.InProgress);

        permits.Release(10);
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 12);

        Assert.Equal(6, harness.Handler.MaxInProgress);
        Assert.Equal(4, harness.Store.Calls(StoreCall.Receive).Max(receive => receive.Messages));
        Assert.Equal(0, await harness.DepthAsync());
    }

    [Fact]
    public async Task EmptyQueue_PollsBackOffExponentiallyUpToMaxPollingIntervalAndResetWhenMessagesArrive()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:MaxPollingInterval"] = "00:00:01" });
        await harness.StartAsync();
        await harness.Store.WaitForCountAsync(StoreCall.Receive, 1);

        int[] expectedWaits = [100, 200, 400, 800, 1000, 1000];
        var expectedAt = QueueListenerHarness.Origin;
        for (var i = 0; i < expectedWaits.Length; i++)
        {
            harness.Clock.Advance(TimeSpan.FromMilliseconds(expectedWaits[i]));
            expectedAt += TimeSpan.FromMilliseconds(expectedWaits[i]);
            var receives = await harness.Store.WaitForCountAsync(StoreCall.Receive, i + 2);
            Assert.Equal(expectedAt, receives[i + 1].At);
        }

        // A message found resets the back-off: after it, the queue is polled at once, then 100 ms later.
        await harness.EnqueueRawAsync(QueueMessageEncoding.Base64.Encode("payload"));
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);
        var afterMessage = await harness.Store.WaitForAsync(StoreCall.Receive, receives => receives.SkipWhile(receive => receive.Messages == 0).Skip(1).Any());
        harness.Clock.Advance(TimeSpan.FromMilliseconds(100));
        var receivesAfter = await harness.Store.WaitForCountAsync(StoreCall.Receive, afterMessage.Count + 1);

        Assert.Equal(expectedAt.AddSeconds(1), afterMessage[^1].At);
        Assert.Equal(expectedAt.AddSeconds(1).AddMilliseconds(100), receivesAfter[afterMessage.Count].At);
    }

    [Fact]
    public async Task Sender_MessageSentInThisProcess_WakesTheBackedOffListenerAtOnce()
    {
        await using var harness = Harness();
        await harness.StartAsync();
        await harness.Store.WaitForCountAsync(StoreCall.Receive, 1);

        await harness.Sender.SendAsync(harness.QueueName, "now, please");
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal(QueueListenerHarness.Origin, delivery.At);
        Assert.Equal("now, please", delivery.Message.Body);
    }

    [Fact]
    public async Task Receive_StoreFails_LoggedAndPolledAgainAfterBackOff()
    {
        await using var harness = Harness();
        harness.Store.FailNextReceives(2);
        await harness.EnqueueRawAsync(QueueMessageEncoding.Base64.Encode("survives an outage"));
        await harness.StartAsync();

        await harness.Store.WaitForCountAsync(StoreCall.Receive, 1);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(100));
        await harness.Store.WaitForCountAsync(StoreCall.Receive, 2);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        Assert.Equal([true, true, false], harness.Store.Calls(StoreCall.Receive).Take(3).Select(receive => receive.Failed));
        Assert.Equal("survives an outage", Assert.Single(harness.Handler.Deliveries).Message.Body);
        Assert.Equal(2, harness.LogsWithEventId(2104).Count());
    }
}
