using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>Requeueing on SQLite, plus the documented SQL that moves a poison message back under its id.</summary>
public sealed class SqlitePoisonRequeueTests() : PoisonRequeueTests(StoreBackend.Sqlite)
{
    [Fact]
    public async Task PoisonMessage_MovedBackWithTheDocumentedSql_DeliveredAgainUnderItsId()
    {
        await using var harness = await PoisonFirstDeliveryAsync();
        var id = (await harness.SinglePoisonMessageAsync()).Id;

        await using (var connection = new SqliteConnection($"Data Source={((SqliteTestBackend)harness.Backend).DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var requeue = connection.CreateCommand();
            requeue.CommandText = """
                UPDATE app_queue_messages
                SET queue_name = $queue, poison_reason = NULL, dequeue_count = 0, pop_receipt = NULL, next_visible_at = 0
                WHERE queue_name = $poison AND id = $id;
                """;
            requeue.Parameters.AddWithValue("$queue", harness.QueueName);
            requeue.Parameters.AddWithValue("$poison", harness.PoisonQueueName);
            requeue.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, await requeue.ExecuteNonQueryAsync());
        }

        harness.Clock.Advance(QueueOptions.DefaultMaxPollingInterval);
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        Assert.Equal([(id, 1), (id, 1)], harness.Handler.Deliveries.Select(delivery => (delivery.Message.Id, delivery.Message.DequeueCount)));
        Assert.Equal(0, await harness.DepthAsync(harness.PoisonQueueName));
    }
}
