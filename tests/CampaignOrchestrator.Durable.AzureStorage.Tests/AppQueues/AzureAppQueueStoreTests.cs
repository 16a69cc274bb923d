using Azure.Storage.Queues;
using CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Tests.Shared;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.AppQueues;

/// <summary>What is specific to application queues on Azure Storage: plain messages in, envelopes only for poison.</summary>
public sealed class AzureAppQueueStoreTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ReceiveAsync_MessageFromAnotherSdkClient_IsReadAsItsPlainText()
    {
        var store = new AzureAppQueueStore(await TestHubs.NewAccountAsync("plain"), TimeProvider.System);
        var queue = new QueueClient(await Azurite.ConnectionStringAsync(), "inbound-" + Guid.NewGuid().ToString("N")[..8]);
        await queue.CreateAsync();
        var sent = await queue.SendMessageAsync("{\"responseId\":7}");

        var message = Assert.Single(await store.ReceiveAsync(queue.Name, 1, Timeout));

        Assert.Equal(sent.Value.MessageId, message.Id);
        Assert.Equal("{\"responseId\":7}", message.Body);
        Assert.True(await store.DeleteAsync(queue.Name, message.Id, message.PopReceipt));
    }

    [Fact]
    public async Task MoveToPoisonAsync_BodyAtTheLimit_TravelsInABlobAndComesBackWhole()
    {
        var store = new AzureAppQueueStore(await TestHubs.NewAccountAsync("poison"), TimeProvider.System);
        var name = "big-" + Guid.NewGuid().ToString("N")[..8];
        var body = new string('b', AppQueueLimits.MaxBodyBytes);
        await store.EnqueueAsync(name, body);
        var message = Assert.Single(await store.ReceiveAsync(name, 1, Timeout));

        Assert.True(await store.MoveToPoisonAsync(name, message.Id, message.PopReceipt, "too big to process"));

        var poison = Assert.Single(await store.ReceiveAsync(AppQueueName.PoisonQueueFor(name), 1, Timeout));
        Assert.Equal(message.Id, poison.Id);
        Assert.Equal(body, poison.Body);
        Assert.Equal("too big to process", poison.PoisonReason);
        Assert.True(await store.DeleteAsync(AppQueueName.PoisonQueueFor(name), poison.Id, poison.PopReceipt));
    }
}
