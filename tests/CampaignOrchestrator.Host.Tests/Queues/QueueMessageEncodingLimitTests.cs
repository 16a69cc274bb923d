using System.Text;
using CampaignOrchestrator.Host.Queues;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>The largest body each <c>Queues:MessageEncoding</c> accepts: what a queue message of 64 KiB holds.</summary>
public sealed class QueueMessageEncodingLimitTests
{
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
}
