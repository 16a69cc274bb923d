using System.Text;
using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary><c>Queues:MessageEncoding</c>: what producers store and what handlers receive.</summary>
public abstract class QueueMessageEncodingTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    private const string Text = """{"comment":"très bien ✓"}""";

    [Fact]
    public async Task Base64_SenderStoresBase64OfUtf8_HandlerReceivesTheText()
    {
        await using var harness = Harness();

        await harness.Sender.SendAsync(harness.QueueName, Text);
        var stored = Assert.Single(await harness.Store.Inner.PeekAsync(harness.QueueName, 32));
        await harness.StartAsync();
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text)), stored.Body);
        Assert.Equal(Text, delivery.Message.Body);
    }

    [Fact]
    public async Task None_SenderStoresTheText_HandlerReceivesItAsIs()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:MessageEncoding"] = "None" });

        await harness.Sender.SendAsync(harness.QueueName, Text);
        var stored = Assert.Single(await harness.Store.Inner.PeekAsync(harness.QueueName, 32));
        await harness.StartAsync();
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal(Text, stored.Body);
        Assert.Equal(Text, delivery.Message.Body);
        Assert.Same(QueueMessageEncoding.None, harness.Sender.Encoding);
    }

    [Fact]
    public async Task None_PlainTextThatIsNotBase64_Delivered()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:MessageEncoding"] = "none" });
        await harness.EnqueueRawAsync("plain text, not base64!");

        await harness.StartAsync();
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal("plain text, not base64!", delivery.Message.Body);
    }

    [Fact]
    public async Task Send_InvalidQueueName_ThrowsStatingTheRule()
    {
        await using var harness = Harness();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Sender.SendAsync("Inbound_Responses", "body"));

        Assert.Contains("A queue name has 3 to 63 characters", error.Message, StringComparison.Ordinal);
    }
}
