using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Delete, visibility update and poison: only the current pop receipt may change a message.</summary>
public abstract partial class AppQueueStoreConformanceTests
{
    [Fact]
    public async Task DeleteAsync_WithCurrentReceipt_RemovesMessage()
    {
        await Store.EnqueueAsync(Orders, "body");
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        Assert.True(await Store.DeleteAsync(Orders, message.Id, message.PopReceipt));

        Assert.Equal(0, await Store.GetDepthAsync(Orders));
        Time.Advance(Timeout);
        Assert.Empty(await Store.ReceiveAsync(Orders, 1, Timeout));
        Assert.False(await Store.DeleteAsync(Orders, message.Id, message.PopReceipt));
    }

    [Fact]
    public async Task DeleteAsync_WithStaleReceipt_FailsAndLeavesMessageToItsNewOwner()
    {
        await Store.EnqueueAsync(Orders, "body");
        var lapsed = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(Timeout);
        var owner = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        Assert.False(await Store.DeleteAsync(Orders, lapsed.Id, lapsed.PopReceipt));

        Assert.Equal(1, await Store.GetDepthAsync(Orders));
        Assert.True(await Store.DeleteAsync(Orders, owner.Id, owner.PopReceipt));
    }

    [Fact]
    public async Task DeleteAsync_AfterVisibilityLapsedButNobodyReceivedAgain_Succeeds()
    {
        await Store.EnqueueAsync(Orders, "body");
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(Timeout * 2);

        Assert.True(await Store.DeleteAsync(Orders, message.Id, message.PopReceipt));
        Assert.Equal(0, await Store.GetDepthAsync(Orders));
    }

    [Fact]
    public async Task DeleteAsync_UnknownMessageOrReceipt_ReturnsFalse()
    {
        var id = await Store.EnqueueAsync(Orders, "body");
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        Assert.False(await Store.DeleteAsync(Orders, Guid.NewGuid().ToString(), message.PopReceipt));
        Assert.False(await Store.DeleteAsync(Orders, id, "not-a-receipt"));
        Assert.Equal(1, await Store.GetDepthAsync(Orders));
    }

    [Fact]
    public async Task UpdateVisibilityAsync_WithCurrentReceipt_KeepsMessageHiddenBeyondOriginalTimeout()
    {
        await Store.EnqueueAsync(Orders, "body");
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(TimeSpan.FromSeconds(20));

        var receipt = await Store.UpdateVisibilityAsync(Orders, message.Id, message.PopReceipt, TimeSpan.FromSeconds(60));

        Assert.NotNull(receipt);
        Assert.Equal(Time.GetUtcNow() + TimeSpan.FromSeconds(60), receipt.NextVisibleAt);
        Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(message.Id, Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Id);
    }

    [Fact]
    public async Task UpdateVisibilityAsync_ReplacesReceipt_OldOneCanNoLongerDelete()
    {
        await Store.EnqueueAsync(Orders, "body");
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        var receipt = await Store.UpdateVisibilityAsync(Orders, message.Id, message.PopReceipt, Timeout);

        Assert.NotNull(receipt);
        Assert.NotEqual(message.PopReceipt, receipt.PopReceipt);
        Assert.False(await Store.DeleteAsync(Orders, message.Id, message.PopReceipt));
        Assert.True(await Store.DeleteAsync(Orders, message.Id, receipt.PopReceipt));
    }

    [Fact]
    public async Task UpdateVisibilityAsync_WithStaleReceipt_ReturnsNullAndLeavesNewOwnerAlone()
    {
        await Store.EnqueueAsync(Orders, "body");
        var lapsed = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(Timeout);
        var owner = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        Assert.Null(await Store.UpdateVisibilityAsync(Orders, lapsed.Id, lapsed.PopReceipt, TimeSpan.FromHours(1)));

        Time.Advance(Timeout);
        Assert.Equal(owner.Id, Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Id);
    }

    [Fact]
    public async Task UpdateVisibilityAsync_ToZero_MakesMessageVisibleAtOnce()
    {
        await Store.EnqueueAsync(Orders, "body");
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        Assert.NotNull(await Store.UpdateVisibilityAsync(Orders, message.Id, message.PopReceipt, TimeSpan.Zero));

        var again = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task MoveToPoisonAsync_WithCurrentReceipt_KeepsFieldsAddsReasonAndRemovesFromSource()
    {
        var id = await Store.EnqueueAsync(Orders, "bad body");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.ReceiveAsync(Orders, 1, Timeout);
        Time.Advance(Timeout);
        var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        var poisonQueue = AppQueueName.PoisonQueueFor(Orders);

        Assert.True(await Store.MoveToPoisonAsync(Orders, message.Id, message.PopReceipt, "Failed 2 times: invalid JSON"));

        Assert.Equal(0, await Store.GetDepthAsync(Orders));
        Assert.Equal(1, await Store.GetDepthAsync(poisonQueue));
        var poison = Assert.Single(await Store.PeekAsync(poisonQueue, 5));
        Assert.Equal(new PeekedAppQueueMessage(id, "bad body", 2, Start, "Failed 2 times: invalid JSON"), poison);
        var received = Assert.Single(await Store.ReceiveAsync(poisonQueue, 5, Timeout));
        Assert.Equal("Failed 2 times: invalid JSON", received.PoisonReason);
        Assert.Equal(id, received.Id);
    }

    [Fact]
    public async Task MoveToPoisonAsync_WithStaleReceipt_ReturnsFalseAndLeavesMessage()
    {
        await Store.EnqueueAsync(Orders, "body");
        var lapsed = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(Timeout);
        await Store.ReceiveAsync(Orders, 1, Timeout);

        Assert.False(await Store.MoveToPoisonAsync(Orders, lapsed.Id, lapsed.PopReceipt, "reason"));

        Assert.Equal(1, await Store.GetDepthAsync(Orders));
        Assert.Equal(0, await Store.GetDepthAsync(AppQueueName.PoisonQueueFor(Orders)));
    }

    [Fact]
    public async Task MoveToPoisonAsync_SourceNameTooLongForPoisonName_ThrowsArgumentException()
    {
        var longName = QueueNamed(new string('q', AppQueueName.MaxLength - 9));
        await Store.EnqueueAsync(longName, "body");
        var message = Assert.Single(await Store.ReceiveAsync(longName, 1, Timeout));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.MoveToPoisonAsync(longName, message.Id, message.PopReceipt, "reason"));

        Assert.Contains("poison", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Store.GetDepthAsync(longName));
    }
}
