using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Names, body size and argument ranges: every backend rejects the same inputs.</summary>
public abstract partial class AppQueueStoreConformanceTests
{
    public static TheoryData<string> InvalidQueueNames { get; } =
    [
        "ab",
        new string('a', AppQueueName.MaxLength + 1),
        "Orders",
        "or_ders",
        "or.ders",
        "-orders",
        "orders-",
        "or--ders",
        "",
    ];

    public static TheoryData<string> ValidQueueNames { get; } =
    [
        "abc",
        "a1-b2-c3",
        "123",
        new string('z', AppQueueName.MaxLength),
    ];

    [Theory]
    [MemberData(nameof(InvalidQueueNames))]
    public async Task EnqueueAsync_InvalidQueueName_ThrowsArgumentExceptionStatingTheRule(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.EnqueueAsync(name, "body"));

        Assert.Equal("queueName", error.ParamName);
        Assert.Contains("lowercase letters, digits and hyphens", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 to 63 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidQueueNames))]
    public async Task OtherOperations_InvalidQueueName_ThrowArgumentException(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReceiveAsync(name, 1, Timeout));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PeekAsync(name, 1));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetDepthAsync(name));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(name, "id", "receipt"));
    }

    [Theory]
    [MemberData(nameof(ValidQueueNames))]
    public async Task EnqueueAsync_ValidQueueName_IsAccepted(string name)
    {
        var id = await Store.EnqueueAsync(name, "body");

        var message = Assert.Single(await Store.ReceiveAsync(name, 1, Timeout));
        Assert.Equal(id, message.Id);
        Assert.True(await Store.DeleteAsync(name, id, message.PopReceipt));
    }

    [Fact]
    public async Task EnqueueAsync_BodyAtSizeLimit_IsStoredWhole()
    {
        var body = new string('a', AppQueueLimits.MaxBodyBytes);

        await Store.EnqueueAsync(Orders, body);

        Assert.Equal(body, Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Body);
    }

    [Fact]
    public async Task EnqueueAsync_BodyOverSizeLimit_ThrowsArgumentException()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.EnqueueAsync(Orders, new string('a', AppQueueLimits.MaxBodyBytes + 1)));

        Assert.Equal("body", error.ParamName);
        Assert.Equal(0, await Store.GetDepthAsync(Orders));
    }

    [Fact]
    public async Task EnqueueAsync_MultiByteBody_IsMeasuredInUtf8Bytes()
    {
        // 'é' takes two bytes in UTF-8: half the limit in characters fills it exactly.
        var atLimit = new string('é', AppQueueLimits.MaxBodyBytes / 2);

        await Store.EnqueueAsync(Orders, atLimit);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.EnqueueAsync(Orders, atLimit + "é"));

        Assert.Equal(atLimit, Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Body);
    }

    [Fact]
    public async Task EnqueueAsync_EmptyBody_IsAccepted()
    {
        await Store.EnqueueAsync(Orders, string.Empty);

        Assert.Equal(string.Empty, Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Body);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(AppQueueLimits.MaxMessagesPerReceive + 1)]
    public async Task ReceiveAndPeek_MessageCountOutOfRange_ThrowArgumentOutOfRange(int maxMessages)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ReceiveAsync(Orders, maxMessages, Timeout));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.PeekAsync(Orders, maxMessages));
    }

    [Fact]
    public async Task VisibilityPeriods_OutOfRange_ThrowArgumentOutOfRange()
    {
        var tooLong = AppQueueLimits.MaxVisibilityTimeout + TimeSpan.FromSeconds(1);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ReceiveAsync(Orders, 1, TimeSpan.Zero));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ReceiveAsync(Orders, 1, tooLong));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.EnqueueAsync(Orders, "body", TimeSpan.FromSeconds(-1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.EnqueueAsync(Orders, "body", tooLong));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.UpdateVisibilityAsync(Orders, "id", "receipt", TimeSpan.FromSeconds(-1)));
    }
}
