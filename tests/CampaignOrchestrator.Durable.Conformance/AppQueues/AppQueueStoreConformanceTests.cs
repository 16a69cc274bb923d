using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>
/// The behaviour every <see cref="IAppQueueStore"/> must have. A backend's test project subclasses this and supplies
/// a fresh store per test; every test then runs unchanged. The store must read time only from the given provider.
/// </summary>
public abstract partial class AppQueueStoreConformanceTests : IAsyncLifetime
{
    /// <summary>The fake clock's start.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The visibility timeout most tests receive with.</summary>
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private IAppQueueStore? _store;

    /// <summary>Gets the clock given to the store; tests advance it instead of sleeping.</summary>
    protected FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Gets the store under test.</summary>
    protected IAppQueueStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Gets the queue most tests use, unique to this test so backends with shared accounts stay isolated.</summary>
    protected string Orders => QueueNamed("orders");

    /// <summary>Creates an empty store that reads time from <paramref name="time"/>.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The store.</returns>
    protected abstract Task<IAppQueueStore> CreateStoreAsync(TimeProvider time);

    /// <inheritdoc/>
    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    /// <inheritdoc/>
    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Gives a queue name unique to this test.</summary>
    /// <param name="name">A short readable prefix.</param>
    /// <returns>The name.</returns>
    protected string QueueNamed(string name) => $"{name}-{_suffix}";

    [Fact]
    public async Task ReceiveAsync_AfterEnqueue_ReturnsTheMessageWithItsFields()
    {
        var id = await Store.EnqueueAsync(Orders, "{\"order\":1}");

        var message = Assert.Single(await Store.ReceiveAsync(Orders, 10, Timeout));

        Assert.Equal(id, message.Id);
        Assert.Equal("{\"order\":1}", message.Body);
        Assert.Equal(1, message.DequeueCount);
        Assert.Equal(Start, message.InsertedAt);
        Assert.Equal(Start + Timeout, message.NextVisibleAt);
        Assert.False(string.IsNullOrEmpty(message.PopReceipt));
        Assert.Null(message.PoisonReason);
    }

    [Fact]
    public async Task EnqueueAsync_SameBodyTwice_ReturnsDistinctIds()
    {
        var first = await Store.EnqueueAsync(Orders, "same");
        var second = await Store.EnqueueAsync(Orders, "same");

        Assert.NotEqual(first, second);
        Assert.Equal(2, await Store.GetDepthAsync(Orders));
    }

    [Fact]
    public async Task ReceiveAsync_EmptyOrUnknownQueue_ReturnsNothing()
    {
        Assert.Empty(await Store.ReceiveAsync(Orders, 5, Timeout));
        Assert.Equal(0, await Store.GetDepthAsync(Orders));
    }

    [Fact]
    public async Task ReceiveAsync_OneAtATime_ReturnsMessagesInEnqueueOrder()
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Store.EnqueueAsync(Orders, $"m{i}"));
        }

        var received = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            received.Add(Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Id);
        }

        Assert.Equal(ids, received);
    }

    [Fact]
    public async Task ReceiveAsync_MoreVisibleThanAsked_ReturnsAtMostMaxMessages()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.EnqueueAsync(Orders, $"m{i}");
        }

        Assert.Equal(3, (await Store.ReceiveAsync(Orders, 3, Timeout)).Count);
        Assert.Equal(2, (await Store.ReceiveAsync(Orders, 3, Timeout)).Count);
        Assert.Empty(await Store.ReceiveAsync(Orders, 3, Timeout));
    }

    [Fact]
    public async Task ReceiveAsync_WithinVisibilityTimeout_HidesMessageThenExposesItAgain()
    {
        var id = await Store.EnqueueAsync(Orders, "body");
        var first = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));

        Assert.Empty(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(Timeout - TimeSpan.FromSeconds(1));
        Assert.Empty(await Store.ReceiveAsync(Orders, 1, Timeout));

        Time.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Assert.Equal(id, again.Id);
        Assert.Equal(2, again.DequeueCount);
        Assert.NotEqual(first.PopReceipt, again.PopReceipt);
    }

    [Fact]
    public async Task ReceiveAsync_EachTime_IncrementsDequeueCountAndIssuesNewReceipt()
    {
        await Store.EnqueueAsync(Orders, "body");
        var receipts = new HashSet<string>();

        for (var expected = 1; expected <= 4; expected++)
        {
            var message = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
            Assert.Equal(expected, message.DequeueCount);
            Assert.True(receipts.Add(message.PopReceipt));
            Time.Advance(Timeout);
        }
    }

    [Fact]
    public async Task EnqueueAsync_WithDelay_HidesMessageUntilDelayPasses()
    {
        var delay = TimeSpan.FromMinutes(5);
        var id = await Store.EnqueueAsync(Orders, "later", delay);

        Assert.Empty(await Store.ReceiveAsync(Orders, 1, Timeout));
        Assert.Empty(await Store.PeekAsync(Orders, 1));
        Assert.Equal(1, await Store.GetDepthAsync(Orders));

        Time.Advance(delay - TimeSpan.FromSeconds(1));
        Assert.Empty(await Store.ReceiveAsync(Orders, 1, Timeout));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(id, Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout)).Id);
    }

    [Fact]
    public async Task PeekAsync_VisibleMessages_ReturnsThemWithoutReceiving()
    {
        var id = await Store.EnqueueAsync(Orders, "body");

        var peeked = Assert.Single(await Store.PeekAsync(Orders, 5));
        Assert.Equal(new PeekedAppQueueMessage(id, "body", 0, Start, null), peeked);

        var received = Assert.Single(await Store.ReceiveAsync(Orders, 1, Timeout));
        Assert.Equal(1, received.DequeueCount);
        Assert.Empty(await Store.PeekAsync(Orders, 5));
    }

    [Fact]
    public async Task GetDepthAsync_CountsVisibleAndHiddenMessages()
    {
        await Store.EnqueueAsync(Orders, "a");
        await Store.EnqueueAsync(Orders, "b");
        await Store.EnqueueAsync(Orders, "c", TimeSpan.FromHours(1));
        await Store.ReceiveAsync(Orders, 1, Timeout);

        Assert.Equal(3, await Store.GetDepthAsync(Orders));
    }

    [Fact]
    public async Task Queues_AreIsolatedFromEachOther()
    {
        var other = QueueNamed("refunds");
        await Store.EnqueueAsync(Orders, "order");

        Assert.Empty(await Store.ReceiveAsync(other, 5, Timeout));
        Assert.Equal(0, await Store.GetDepthAsync(other));

        var message = Assert.Single(await Store.ReceiveAsync(Orders, 5, Timeout));
        Assert.False(await Store.DeleteAsync(other, message.Id, message.PopReceipt));
        Assert.True(await Store.DeleteAsync(Orders, message.Id, message.PopReceipt));
    }
}
