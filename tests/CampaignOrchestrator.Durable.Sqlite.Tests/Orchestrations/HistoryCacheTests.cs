using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class HistoryCacheTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task LockNextOrchestrationAsync_CommitThroughOtherStore_CachedHistoryNotReused()
    {
        var other = OpenOtherStore();
        await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("one")));
        var cachedHere = await LockAsync();
        await Store.CommitOrchestrationAsync(cachedHere, Running(cachedHere.Messages));
        Assert.Equal(1, Store.CachedHistoryCount);

        await Store.SendAsync(new InstanceMessage("campaign-1", Event("two")));
        var elsewhere = await LockAsync(other);
        await other.CommitOrchestrationAsync(elsewhere, Running(elsewhere.Messages));
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("three")));

        var next = await LockAsync();

        Assert.Equal(["one", "two"], next.History.OfType<EventRaised>().Select(e => e.Name));
        Assert.Equal((await Store.GetInstanceAsync("campaign-1", includeHistory: true))!.History, next.History);
    }

    [Fact]
    public async Task CommitOrchestrationAsync_InstanceFinishes_ItsHistoryLeavesTheCache()
    {
        await CreateRunningAsync("running");
        await CreateFinishedAsync("finished", RuntimeStatus.Completed);

        Assert.Equal(1, Store.CachedHistoryCount);
        Assert.Equal(3, (await Store.GetInstanceAsync("finished", includeHistory: true))!.History!.Count);
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_CachedHistory_EarlierWorkItemUnchangedByLaterCommits()
    {
        await CreateRunningAsync("campaign-1");
        var snapshots = new List<(OrchestrationWorkItem Item, HistoryEvent[] Copy)>();
        for (var i = 0; i < 40; i++)
        {
            await Store.SendAsync(new InstanceMessage("campaign-1", Event($"e{i}")));
            var item = await LockAsync();
            snapshots.Add((item, [.. item.History]));
            await Store.CommitOrchestrationAsync(item, Running([new OrchestratorStarted(Time.GetUtcNow()), .. item.Messages]));
        }

        Assert.All(snapshots, s => Assert.Equal(s.Copy, s.Item.History));
        Assert.Equal(2 + (40 * 2), (await Store.GetInstanceAsync("campaign-1", includeHistory: true))!.History!.Count);
        Assert.False(snapshots[^1].Item.History is IList<HistoryEvent> { IsReadOnly: false });
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_AfterContinueAsNew_HistoryOfNewExecutionOnly()
    {
        await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("continue")));
        var item = await LockAsync();
        var restarted = new ExecutionStarted(Time.GetUtcNow(), "Campaign", "campaign-1", "execution-2", null);
        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], RuntimeStatus.ContinuedAsNew, null, null, null, [], restarted));
        var start = await LockAsync();
        await Store.CommitOrchestrationAsync(start, Running([new OrchestratorStarted(Time.GetUtcNow()), restarted]));
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("after")));

        var next = await LockAsync();

        Assert.Equal([typeof(OrchestratorStarted), typeof(ExecutionStarted)], next.History.Select(e => e.GetType()));
        Assert.Equal("execution-2", ((ExecutionStarted)next.History[1]).ExecutionId);
    }

    [Fact]
    public void HistoryCache_OverCapacity_EvictsLeastRecentlyUsed()
    {
        var cache = new HistoryCache(maxInstances: 2, maxEvents: 10);
        var events = Enumerable.Range(0, 4).Select(i => (HistoryEvent)new OrchestratorStarted(Start.AddSeconds(i))).ToArray();
        cache.Set("a", 1, "x", new HistoryView(events, 4));
        cache.Set("b", 1, "x", new HistoryView(events, 4));
        Assert.True(cache.TryGet("a", 1, "x", out _));

        cache.Set("c", 1, "x", new HistoryView(events, 1));

        Assert.True(cache.TryGet("a", 1, "x", out _));
        Assert.False(cache.TryGet("b", 1, "x", out _));
        cache.Append("a", 1, "x", events);
        Assert.False(cache.TryGet("a", 1, "x", out _));
        Assert.True(cache.TryGet("a", 2, "x", out var grown));
        Assert.Equal(8, grown.Count);
        cache.Set("d", 1, "x", new HistoryView(events, 4));
        Assert.True(cache.Count <= 2);
        Assert.False(cache.TryGet("a", 2, "y", out _));
    }
}
