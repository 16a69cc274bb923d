using CampaignOrchestrator.Host.Queues;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>The two ways docs/queues.md gives to requeue a poison message, done as written there.</summary>
public sealed class PoisonRequeueTests
{
    [Fact]
    public async Task PoisonMessage_MovedBackWithTheDocumentedSql_DeliveredAgainUnderItsId()
    {
        await using var harness = await PoisonFirstDeliveryAsync();
        var id = (await harness.SinglePoisonMessageAsync()).Id;

        await using (var connection = new SqliteConnection($"Data Source={harness.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var requeue = connection.CreateCommand();
            requeue.CommandText = """
                UPDATE app_queue_messages
                SET queue_name = 'inbound-test', poison_reason = NULL, dequeue_count = 0, pop_receipt = NULL, next_visible_at = 0
                WHERE queue_name = 'inbound-test-poison' AND id = $id;
                """;
            requeue.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, await requeue.ExecuteNonQueryAsync());
        }

        harness.Clock.Advance(QueueOptions.DefaultMaxPollingInterval);
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        Assert.Equal([(id, 1), (id, 1)], harness.Handler.Deliveries.Select(delivery => (delivery.Message.Id, delivery.Message.DequeueCount)));
        Assert.Equal(0, await harness.DepthAsync(QueueListenerHarness.PoisonQueueName));
    }

    [Fact]
    public async Task PoisonMessage_ReEnqueuedAsStoredThroughTheStore_DeliveredAgainDecodedUnderANewId()
    {
        await using var harness = await PoisonFirstDeliveryAsync();
        var store = harness.Store.Inner;

        foreach (var poisoned in await store.ReceiveAsync(QueueListenerHarness.PoisonQueueName, 32, TimeSpan.FromMinutes(5)))
        {
            await store.EnqueueAsync(QueueListenerHarness.QueueName, poisoned.Body);
            await store.DeleteAsync(QueueListenerHarness.PoisonQueueName, poisoned.Id, poisoned.PopReceipt);
        }

        harness.Clock.Advance(QueueOptions.DefaultMaxPollingInterval);
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        var deliveries = harness.Handler.Deliveries;
        Assert.Equal(["poisoned once", "poisoned once"], deliveries.Select(delivery => delivery.Message.Body));
        Assert.NotEqual(deliveries[0].Message.Id, deliveries[1].Message.Id);
        Assert.Equal(0, await harness.DepthAsync(QueueListenerHarness.PoisonQueueName));
    }

    // The first delivery is poisoned by its handler; the listener is then idle, waiting out its back-off.
    private static async Task<QueueListenerHarness> PoisonFirstDeliveryAsync()
    {
        var harness = new QueueListenerHarness();
        var deliveries = 0;
        harness.Handler.Behavior = (_, _) => Task.FromResult(
            Interlocked.Increment(ref deliveries) == 1 ? QueueMessageOutcome.Poison("Rejected the first time.") : QueueMessageOutcome.Completed);
        await harness.StartAsync();
        await harness.Sender.SendAsync(QueueListenerHarness.QueueName, "poisoned once");
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);
        await harness.Store.WaitForAsync(StoreCall.Receive, receives => receives.SkipWhile(receive => receive.Messages == 0).Skip(1).Any());
        return harness;
    }
}
