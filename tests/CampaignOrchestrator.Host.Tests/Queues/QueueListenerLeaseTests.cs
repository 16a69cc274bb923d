using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>A message stays hidden while its handler runs, and comes back when its delete was lost.</summary>
public abstract class QueueListenerLeaseTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task SlowHandler_LeaseRenewedAtHalfTime_NoOtherReceiverGetsItAndItIsDeletedWhenDone()
    {
        await using var harness = Harness(leaseDuration: Lease);
        var finish = new TaskCompletionSource<QueueMessageOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Handler.Behavior = (_, cancellationToken) => finish.Task.WaitAsync(cancellationToken);
        await harness.StartAsync();
        await harness.Sender.SendAsync(harness.QueueName, "slow work");
        await harness.Handler.WaitForDeliveriesAsync(1);

        // Four lease periods pass while the handler works; after each half-period renewal, a second receiver looks, in
        // this process (which on Azure Storage also follows the clock) and in another (which sees only the service).
        for (var renewal = 1; renewal <= 8; renewal++)
        {
            harness.Clock.Advance(Lease / 2);
            var renewals = await harness.Store.WaitForCountAsync(StoreCall.UpdateVisibility, renewal);
            Assert.Equal(QueueListenerHarness.Origin + (renewal * (Lease / 2)), renewals[^1].At);
            Assert.Equal(Lease, renewals[^1].Visibility);
            Assert.Empty(await harness.Store.Inner.ReceiveAsync(harness.QueueName, 32, TimeSpan.FromSeconds(1)));
            Assert.Empty(await harness.ReceiveInAnotherProcessAsync(TimeSpan.FromSeconds(1)));
        }

        finish.SetResult(QueueMessageOutcome.Completed);
        var delete = Assert.Single(await harness.Store.WaitForCountAsync(StoreCall.Delete, 1));

        Assert.False(delete.Failed);
        Assert.Single(harness.Handler.Deliveries);
        Assert.Equal(0, await harness.DepthAsync());
    }

    [Fact]
    public async Task Delete_LostAfterTheHandlerCompleted_MessageHandledAgainWithDequeueCountTwo()
    {
        await using var harness = Harness(leaseDuration: Lease);
        harness.Store.FailNextDeletes(1);
        await harness.StartAsync();

        var id = await harness.Sender.SendAsync(harness.QueueName, "start once");
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);
        await harness.Store.WaitForAsync(StoreCall.Receive, receives => receives.SkipWhile(receive => receive.Messages == 0).Skip(1).Any());
        harness.Clock.Advance(Lease);
        var deletes = await harness.Store.WaitForCountAsync(StoreCall.Delete, 2);

        Assert.Equal([true, false], deletes.Select(delete => delete.Failed));
        Assert.Equal([(id, 1), (id, 2)], harness.Handler.Deliveries.Select(delivery => (delivery.Message.Id, delivery.Message.DequeueCount)));
        Assert.Equal(0, await harness.DepthAsync());
        Assert.Contains(id, (await harness.WaitForLogAsync(2110)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lease_LostToAnotherReceiver_HandlerCancelledAndTheMessageLeftAlone()
    {
        await using var harness = Harness(leaseDuration: Lease);
        harness.Store.LoseLeases = true;
        harness.Handler.Behavior = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return QueueMessageOutcome.Completed;
        };
        await harness.StartAsync();
        await harness.Sender.SendAsync(harness.QueueName, "contested");
        await harness.Handler.WaitForDeliveriesAsync(1);

        harness.Clock.Advance(Lease / 2);
        await harness.Store.WaitForCountAsync(StoreCall.UpdateVisibility, 1);
        await harness.StopAsync();

        Assert.Single(harness.LogsWithEventId(2108));
        Assert.Empty(harness.Store.Calls(StoreCall.Delete));
        Assert.Empty(harness.Store.Calls(StoreCall.MoveToPoison));
        Assert.Single(harness.Store.Calls(StoreCall.UpdateVisibility));
        Assert.Equal(1, await harness.DepthAsync());
    }
}
