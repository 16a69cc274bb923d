using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class LockOrchestrationTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task LockNextOrchestrationAsync_Nothing_ReturnsNull()
    {
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_SeveralMessages_InArrivalOrderAndMarkedWithToken()
    {
        var started = await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("a")));
        Time.Advance(TimeSpan.FromSeconds(1));
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("b")));
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("c")));

        var item = await LockAsync();

        Assert.Equal(["a", "b", "c"], item.Messages.Cast<EventRaised>().Select(e => e.Name));
        Assert.Equal(RuntimeStatus.Running, item.Status);
        Assert.Equal(started, item.History[1]);
        Assert.Equal(3, await CountAsync($"SELECT COUNT(*) FROM instance_messages WHERE lock_token = '{item.LockToken}';"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM instances WHERE lock_token = '{item.LockToken}';"));
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_AlreadyLocked_ReturnsNull()
    {
        await CreateAsync("campaign-1");
        await LockAsync();
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("meanwhile")));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Assert.Null(await OpenOtherStore().LockNextOrchestrationAsync(LockFor));
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_OldestMessageFirst_AcrossInstances()
    {
        await CreateAsync("b");
        Time.Advance(TimeSpan.FromSeconds(1));
        await CreateAsync("a");

        Assert.Equal("b", (await LockAsync()).InstanceId);
        Assert.Equal("a", (await LockAsync()).InstanceId);
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_LockExpired_LockableAgainWithDeliveryCountTwo()
    {
        await CreateAsync("campaign-1");
        var first = await LockAsync();
        Time.Advance(LockFor);

        var second = await LockAsync();

        Assert.Equal(2, second.DeliveryCount);
        Assert.NotEqual(first.LockToken, second.LockToken);
        Assert.Equal(first.Messages, second.Messages);
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_TimerMessage_InvisibleUntilDue()
    {
        var started = await CreateRunningAsync("campaign-1");
        var fireAt = Start.AddHours(1);
        await Store.SendAsync(new InstanceMessage("campaign-1", new TimerFired(fireAt, 0, fireAt), fireAt, started.ExecutionId));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Time.Advance(TimeSpan.FromHours(1));

        Assert.IsType<TimerFired>(Assert.Single((await LockAsync()).Messages));
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_Suspended_DeliversOnlyResumeAndTerminate()
    {
        await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", new ExecutionSuspended(Time.GetUtcNow(), "pause")));
        var suspending = await LockAsync();
        await Store.CommitOrchestrationAsync(suspending, new EpisodeCommit(suspending.Messages, RuntimeStatus.Suspended, null, null, null, []));
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("while suspended")));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));

        await Store.SendAsync(new InstanceMessage("campaign-1", new ExecutionResumed(Time.GetUtcNow(), "go on")));
        await Store.SendAsync(new InstanceMessage("campaign-1", new ExecutionTerminated(Time.GetUtcNow(), "stop")));
        var resuming = await LockAsync();
        Assert.Equal(RuntimeStatus.Suspended, resuming.Status);
        Assert.Equal([typeof(ExecutionResumed), typeof(ExecutionTerminated)], resuming.Messages.Select(m => m.GetType()));
        await Store.CommitOrchestrationAsync(resuming, Running([resuming.Messages[0]]));

        var next = await LockAsync();
        Assert.Equal("while suspended", Assert.IsType<EventRaised>(Assert.Single(next.Messages)).Name);
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_MessageOfEarlierExecution_DroppedUndelivered()
    {
        var first = await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("continue")));
        var item = await LockAsync();
        var restarted = new ExecutionStarted(Time.GetUtcNow(), "Campaign", "campaign-1", "execution-2", "next");
        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], RuntimeStatus.ContinuedAsNew, null, null, null, [], restarted));
        await Store.SendAsync(new InstanceMessage("campaign-1", new TaskCompleted(Time.GetUtcNow(), 0, "late"), ExecutionId: first.ExecutionId));
        await Store.SendAsync(new InstanceMessage("campaign-1", new TaskCompleted(Time.GetUtcNow(), 0, "current"), ExecutionId: "execution-2"));

        var next = await LockAsync();

        Assert.Equal([typeof(ExecutionStarted), typeof(TaskCompleted)], next.Messages.Select(m => m.GetType()));
        Assert.Equal("current", ((TaskCompleted)next.Messages[1]).Result);
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM instance_messages WHERE execution_id = '{first.ExecutionId}';"));
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_OnlyStaleMessages_SkipsToNextInstance()
    {
        var first = await CreateRunningAsync("stale");
        await Store.SendAsync(new InstanceMessage("stale", Event("continue")));
        var item = await LockAsync();
        var restarted = new ExecutionStarted(Time.GetUtcNow(), "Campaign", "stale", "execution-2", null);
        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], RuntimeStatus.ContinuedAsNew, null, null, null, [], restarted));
        var startNext = await LockAsync();
        await Store.CommitOrchestrationAsync(startNext, Running([new OrchestratorStarted(Time.GetUtcNow()), restarted]));
        Time.Advance(TimeSpan.FromSeconds(1));
        await Store.SendAsync(new InstanceMessage("stale", new TaskCompleted(Time.GetUtcNow(), 0, "late"), ExecutionId: first.ExecutionId));
        Time.Advance(TimeSpan.FromSeconds(1));
        await CreateAsync("fresh");

        var next = await LockAsync();

        Assert.Equal("fresh", next.InstanceId);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instance_messages WHERE instance_id = 'stale';"));
    }

    [Fact]
    public async Task AbandonOrchestrationAsync_LockHeld_MessagesBackAfterDelayWithDeliveryCountKept()
    {
        await CreateAsync("campaign-1");
        var item = await LockAsync();

        await Store.AbandonOrchestrationAsync(item, TimeSpan.FromSeconds(5));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Time.Advance(TimeSpan.FromSeconds(5));
        var again = await LockAsync();
        Assert.Equal(2, again.DeliveryCount);
        Assert.Equal(item.Messages, again.Messages);
    }

    [Fact]
    public async Task AbandonOrchestrationAsync_LockLost_DoesNothing()
    {
        await CreateAsync("campaign-1");
        var lapsed = await LockAsync();
        Time.Advance(LockFor);
        var current = await LockAsync();

        await Store.AbandonOrchestrationAsync(lapsed, TimeSpan.FromMinutes(5));

        await Store.CommitOrchestrationAsync(current, Running(current.Messages));
        Assert.Equal(RuntimeStatus.Running, (await Store.GetInstanceAsync("campaign-1", false))!.Status);
    }

    [Fact]
    public async Task RenewLockAsync_Held_ExtendsOrchestrationLock()
    {
        await CreateAsync("campaign-1");
        var item = await LockAsync();
        Time.Advance(LockFor - TimeSpan.FromSeconds(1));

        Assert.True(await Store.RenewLockAsync(item.LockToken, LockFor));
        Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        await Store.CommitOrchestrationAsync(item, Running(item.Messages));
    }

    [Fact]
    public async Task RenewLockAsync_Lapsed_ReturnsFalse()
    {
        await CreateAsync("campaign-1");
        var item = await LockAsync();
        Time.Advance(LockFor);

        Assert.False(await Store.RenewLockAsync(item.LockToken, LockFor));
        Assert.False(await Store.RenewLockAsync("unknown-token", LockFor));
    }

    [Fact]
    public async Task LockNextOrchestrationAsync_BusyInstanceWithManyOlderMessages_FindsFreeInstanceBehindThem()
    {
        await CreateRunningAsync("busy");
        await CreateRunningAsync("suspended");
        await Store.SendAsync(new InstanceMessage("suspended", new ExecutionSuspended(Time.GetUtcNow(), null)));
        var suspending = await LockAsync();
        await Store.CommitOrchestrationAsync(suspending, new EpisodeCommit(suspending.Messages, RuntimeStatus.Suspended, null, null, null, []));
        await Store.SendAsync(new InstanceMessage("busy", Event("first")));
        await LockAsync();
        for (var i = 0; i < 300; i++)
        {
            await Store.SendAsync(new InstanceMessage(i % 2 == 0 ? "busy" : "suspended", Event($"e{i}")));
        }

        Time.Advance(TimeSpan.FromSeconds(1));
        await CreateAsync("free");

        var item = await LockAsync();

        Assert.Equal("free", item.InstanceId);
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
    }
}
