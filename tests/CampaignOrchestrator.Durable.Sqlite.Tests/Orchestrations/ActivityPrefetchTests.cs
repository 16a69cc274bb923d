using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class ActivityPrefetchTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task CommitOrchestrationAsync_Prefetch_ReturnsThatManyActivitiesLockedAndQueuesTheRestVisible()
    {
        var started = await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("go")));
        var episode = await LockAsync();
        var requests = Enumerable.Range(0, 3).Select(i => new OutboundMessage(Activity: new ActivityRequest("campaign-1", i, "Send", null, started.ExecutionId))).ToArray();

        var prefetched = await Store.CommitOrchestrationAsync(episode, Running([new OrchestratorStarted(Start)], requests) with { Prefetch = new ActivityPrefetch(2, LockFor) });
        var visible = await Store.LockNextActivitiesAsync(10, LockFor);

        Assert.Equal([0, 1], prefetched.Select(p => p.Request.TaskId));
        Assert.All(prefetched, p => Assert.Equal(1, p.DeliveryCount));
        Assert.Equal(2, Assert.Single(visible).Request.TaskId);
        await Store.CompleteActivityAsync(prefetched[0], new TaskCompleted(Start, 0, "\"sent\""));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
    }

    [Fact]
    public async Task CommitOrchestrationAsync_PrefetchLockLapses_ActivityIsDeliveredAgain()
    {
        var started = await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("go")));
        var episode = await LockAsync();
        var request = new OutboundMessage(Activity: new ActivityRequest("campaign-1", 0, "Send", null, started.ExecutionId));
        var prefetched = Assert.Single(await Store.CommitOrchestrationAsync(episode, Running([new OrchestratorStarted(Start)], request) with { Prefetch = new ActivityPrefetch(5, LockFor) }));

        var whileLocked = await Store.LockNextActivitiesAsync(10, LockFor);
        Time.Advance(LockFor);
        var redelivered = Assert.Single(await Store.LockNextActivitiesAsync(10, LockFor));

        Assert.Empty(whileLocked);
        Assert.Equal(2, redelivered.DeliveryCount);
        await Assert.ThrowsAsync<LockLostException>(() => Store.CompleteActivityAsync(prefetched, new TaskCompleted(Start, 0, null)));
    }
}
