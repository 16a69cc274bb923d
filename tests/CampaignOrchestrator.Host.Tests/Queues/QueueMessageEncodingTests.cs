using System.Text;
using CampaignOrchestrator.Host.Queues;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary><c>Queues:MessageEncoding</c>: what producers store and what handlers receive.</summary>
public sealed class QueueMessageEncodingTests
{
    private const string Text = """{"comment":"très bien ✓"}""";

    [Fact]
    public async Task Base64_SenderStoresBase64OfUtf8_HandlerReceivesTheText()
    {
        await using var harness = new QueueListenerHarness();

        await harness.Sender.SendAsync(QueueListenerHarness.QueueName, Text);
        var stored = Assert.Single(await harness.Store.Inner.PeekAsync(QueueListenerHarness.QueueName, 32));
        await harness.StartAsync();
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(Text)), stored.Body);
        Assert.Equal(Text, delivery.Message.Body);
    }

    [Fact]
    public async Task None_SenderStoresTheText_HandlerReceivesItAsIs()
    {
        await using var harness = new QueueListenerHarness(new Dictionary<string, string?> { ["Queues:MessageEncoding"] = "None" });

        await harness.Sender.SendAsync(QueueListenerHarness.QueueName, Text);
        var stored = Assert.Single(await harness.Store.Inner.PeekAsync(QueueListenerHarness.QueueName, 32));
        await harness.StartAsync();
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal(Text, stored.Body);
        Assert.Equal(Text, delivery.Message.Body);
        Assert.Same(QueueMessageEncoding.None, harness.Sender.Encoding);
    }

    [Fact]
    public async Task None_PlainTextThatIsNotBase64_Delivered()
    {
        await using var harness = new QueueListenerHarness(new Dictionary<string, string?> { ["Queues:MessageEncoding"] = "none" });
        await harness.EnqueueRawAsync("plain text, not base64!");

        await harness.StartAsync();
        var delivery = Assert.Single(await harness.Handler.WaitForDeliveriesAsync(1));

        Assert.Equal("plain text, not base64!", delivery.Message.Body);
    }

    [Theory]
    [InlineData("base64", 49152)]
    [InlineData("none", 65536)]
    public void Encode_LargestBodyThatFits_IsAcceptedAndOneByteMoreIsNot(string name, int maxBodyBytes)
    {
        Assert.True(QueueMessageEncoding.TryParse(name, out var encoding));

        var largest = encoding.Encode(new string('a', maxBodyBytes));
        var tooLarge = Assert.Throws<ArgumentException>(() => encoding.Encode(new string('a', maxBodyBytes + 1)));

        Assert.Equal(maxBodyBytes, encoding.MaxBodyBytes);
        Assert.True(Encoding.UTF8.GetByteCount(largest) <= 64 * 1024);
        Assert.StartsWith($"The message body is {maxBodyBytes + 1} bytes as UTF-8; with message encoding '{name}' the limit is {maxBodyBytes} bytes.", tooLarge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_InvalidQueueName_ThrowsStatingTheRule()
    {
        await using var harness = new QueueListenerHarness();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Sender.SendAsync("Inbound_Responses", "body"));

        Assert.Contains("A queue name has 3 to 63 characters", error.Message, StringComparison.Ordinal);
    }
}
