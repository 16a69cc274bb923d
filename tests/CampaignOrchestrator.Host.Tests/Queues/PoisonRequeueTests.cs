using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>The ways docs/queues.md gives to requeue a poison message, done as written there.</summary>
public abstract class PoisonRequeueTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    [Fact]
    public async Task PoisonMessage_ReEnqueuedAsStoredThroughTheStore_DeliveredAgainDecodedUnderANewId()
    {
        await using var harness = await PoisonFirstDeliveryAsync();
        var store = harness.Store.Inner;

        foreach (var poisoned in await store.ReceiveAsync(harness.PoisonQueueName, 32, TimeSpan.FromMinutes(5)))
        {
            await store.EnqueueAsync(harness.QueueName, poisoned.Body);
            await store.DeleteAsync(harness.PoisonQueueName, poisoned.Id, poisoned.PopReceipt);
        }

        harness.Clock.Advance(QueueOptions.DefaultMaxPollingInterval);
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        var deliveries = harness.Handler.Deliveries;
        Assert.Equal(["poisoned once", "poisoned once"], deliveries.Select(delivery => delivery.Message.Body));
        Assert.NotEqual(deliveries[0].Message.Id, deliveries[1].Message.Id);
        Assert.Equal(0, await harness.DepthAsync(harness.PoisonQueueName));
    }

    /// <summary>Starts the listener and sends a message its handler poisons; the listener is then idle, waiting out its back-off.</summary>
    private protected async Task<QueueListenerHarness> PoisonFirstDeliveryAsync()
    {
        var harness = Harness();
        var deliveries = 0;
        harness.Handler.Behavior = (_, _) => Task.FromResult(
            Interlocked.Increment(ref deliveries) == 1 ? QueueMessageOutcome.Poison("Rejected the first time.") : QueueMessageOutcome.Completed);
        await harness.StartAsync();
        await harness.Sender.SendAsync(harness.QueueName, "poisoned once");
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);
        await harness.Store.WaitForAsync(StoreCall.Receive, receives => receives.SkipWhile(receive => receive.Messages == 0).Skip(1).Any());
        return harness;
    }
}
