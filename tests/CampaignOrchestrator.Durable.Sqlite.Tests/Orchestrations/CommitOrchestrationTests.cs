using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class CommitOrchestrationTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task CommitOrchestrationAsync_Episode_AppendsHistoryUpdatesRowAndReleasesLock()
    {
        await CreateAsync("campaign-1");
        var item = await LockAsync();
        var started = (ExecutionStarted)item.Messages[0];
        HistoryEvent[] episode = [new OrchestratorStarted(Start), started, new TaskScheduled(Start, 0, "SendInvites", "[1,2]")];
        Time.Advance(TimeSpan.FromSeconds(2));

        await Store.CommitOrchestrationAsync(item, new EpisodeCommit(episode, RuntimeStatus.Running, "\"sending\"", null, null, []));

        var state = (await Store.GetInstanceAsync("campaign-1", includeHistory: true))!;
        Assert.Equal(RuntimeStatus.Running, state.Status);
        Assert.Equal("\"sending\"", state.CustomStatus);
        Assert.Equal(Time.GetUtcNow(), state.LastUpdatedAt);
        Assert.Equal(episode, state.History);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instance_messages;"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instances WHERE lock_token IS NOT NULL OR locked_until <> 0 OR delivery_count <> 0;"));

        await Store.SendAsync(new InstanceMessage("campaign-1", Event("next")));
        var next = await LockAsync();
        Assert.Equal(episode, next.History);
        Assert.Equal(1, next.DeliveryCount);
        Assert.Equal("\"sending\"", next.CustomStatus);
        var failure = new FailureDetails("System.InvalidOperationException", "boom");
        await Store.CommitOrchestrationAsync(next, new EpisodeCommit([new OrchestratorStarted(Start), next.Messages[0]], RuntimeStatus.Failed, null, "\"out\"", failure, []));
        var failed = (await Store.GetInstanceAsync("campaign-1", includeHistory: true))!;
        Assert.Equal(RuntimeStatus.Failed, failed.Status);
        Assert.Equal("\"out\"", failed.Output);
        Assert.Equal(failure, failed.Failure);
        Assert.Equal(5, failed.History!.Count);
    }

    [Fact]
    public async Task CommitOrchestrationAsync_MessageSentDuringLock_StaysForNextEpisode()
    {
        await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("first")));
        var item = await LockAsync();
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("during")));

        await Store.CommitOrchestrationAsync(item, Running(item.Messages));

        var next = await LockAsync();
        Assert.Equal("during", Assert.IsType<EventRaised>(Assert.Single(next.Messages)).Name);
    }

    [Fact]
    public async Task CommitOrchestrationAsync_LockLapsed_ThrowsAndWritesNothing()
    {
        await CreateAsync("campaign-1");
        var item = await LockAsync();
        Time.Advance(LockFor);
        var commit = Running(
            [new OrchestratorStarted(Start), item.Messages[0]],
            new OutboundMessage(Activity: new ActivityRequest("campaign-1", 0, "SendInvites", null)),
            new OutboundMessage(ToInstance: new InstanceMessage("other", Event("x"))));

        var error = await Assert.ThrowsAsync<LockLostException>(() => Store.CommitOrchestrationAsync(item, commit));

        Assert.Contains("campaign-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(RuntimeStatus.Pending, (await Store.GetInstanceAsync("campaign-1", false))!.Status);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM history;"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM instance_messages;"));
    }

    [Fact]
    public async Task CommitOrchestrationAsync_LockTakenByOtherWorker_Throws()
    {
        await CreateAsync("campaign-1");
        var lapsed = await LockAsync();
        Time.Advance(LockFor);
        var current = await LockAsync(OpenOtherStore());

        await Assert.ThrowsAsync<LockLostException>(() => Store.CommitOrchestrationAsync(lapsed, Running(lapsed.Messages)));

        await Store.CommitOrchestrationAsync(current, Running(current.Messages));
    }

    [Fact]
    public async Task CommitOrchestrationAsync_ContinueAsNew_ResetsHistoryAndQueuesStartBeforeCarriedEvents()
    {
        await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("continue")));
        var item = await LockAsync();
        var restarted = new ExecutionStarted(Time.GetUtcNow(), "Campaign", "campaign-1", "execution-2", "{\"round\":2}");
        var carried = new OutboundMessage(ToInstance: new InstanceMessage("campaign-1", Event("carried")));

        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], RuntimeStatus.ContinuedAsNew, null, null, null, [carried], restarted));

        var state = (await Store.GetInstanceAsync("campaign-1", includeHistory: true))!;
        Assert.Equal(RuntimeStatus.ContinuedAsNew, state.Status);
        Assert.Equal("execution-2", state.ExecutionId);
        Assert.Equal("{\"round\":2}", state.Input);
        Assert.Empty(state.History!);
        var next = await LockAsync();
        Assert.Empty(next.History);
        Assert.Equal(restarted, next.Messages[0]);
        Assert.Equal("carried", Assert.IsType<EventRaised>(next.Messages[1]).Name);
    }

    [Fact]
    public async Task CommitOrchestrationAsync_NewChild_CreatesChildWithParent()
    {
        var parentStart = await CreateRunningAsync("parent");
        await Store.SendAsync(new InstanceMessage("parent", Event("spawn")));
        var item = await LockAsync();
        var parent = new ParentInstance("parent", 3, parentStart.ExecutionId);

        await Store.CommitOrchestrationAsync(item, Running(item.Messages, new OutboundMessage(NewChild: new NewInstance("parent:child", "Wave", "in", Parent: parent))));

        var child = (await Store.GetInstanceAsync("parent:child", false))!;
        Assert.Equal(RuntimeStatus.Pending, child.Status);
        Assert.Equal("Wave", child.Name);
        var childItem = await LockAsync();
        Assert.Equal("parent:child", childItem.InstanceId);
        var started = Assert.IsType<ExecutionStarted>(Assert.Single(childItem.Messages));
        Assert.Equal(parent, started.Parent);
        Assert.Equal(child.ExecutionId, started.ExecutionId);
    }

    [Fact]
    public async Task CommitOrchestrationAsync_NewChildIdAlreadyRunning_ParentGetsSubOrchestrationFailed()
    {
        await CreateRunningAsync("busy");
        var parentStart = await CreateRunningAsync("parent");
        await Store.SendAsync(new InstanceMessage("parent", Event("spawn")));
        var item = await LockAsync();
        var parent = new ParentInstance("parent", 7, parentStart.ExecutionId);

        await Store.CommitOrchestrationAsync(item, Running(item.Messages, new OutboundMessage(NewChild: new NewInstance("busy", "Wave", null, Parent: parent))));

        var reply = await LockAsync();
        Assert.Equal("parent", reply.InstanceId);
        var failed = Assert.IsType<SubOrchestrationFailed>(Assert.Single(reply.Messages));
        Assert.Equal(7, failed.TaskScheduledId);
        Assert.Contains("'busy' is already running", failed.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM instance_messages WHERE execution_id = '{parentStart.ExecutionId}';"));
    }

    [Fact]
    public async Task CommitOrchestrationAsync_Outbound_QueuesActivitiesTimersAndMessages()
    {
        var started = await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("go")));
        var item = await LockAsync();
        var fireAt = Start.AddMinutes(5);

        await Store.CommitOrchestrationAsync(item, Running(
            item.Messages,
            new OutboundMessage(Activity: new ActivityRequest("campaign-1", 1, "SendInvites", "[1]", started.ExecutionId)),
            new OutboundMessage(Activity: new ActivityRequest("campaign-1", 2, "SendInvites", "[2]", started.ExecutionId)),
            new OutboundMessage(ToInstance: new InstanceMessage("campaign-1", new TimerFired(fireAt, 3, fireAt), fireAt, started.ExecutionId)),
            new OutboundMessage(ToInstance: new InstanceMessage("elsewhere", Event("hello")))));

        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM instance_messages WHERE instance_id = 'elsewhere';"));
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.IsType<TimerFired>(Assert.Single((await LockAsync()).Messages));
    }

    [Fact]
    public async Task CommitOrchestrationAsync_DeadLetterReason_KeepsCopiesOfConsumedMessages()
    {
        await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("poison-1")));
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("poison-2")));
        var item = await LockAsync();
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("after")));
        Time.Advance(TimeSpan.FromSeconds(3));

        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], RuntimeStatus.Failed, null, null, new FailureDetails("PoisonMessage", "too many"), [], DeadLetterReason: "too many"));

        var letters = await Store.ListDeadLettersAsync("campaign-1");
        Assert.Equal(2, letters.Count);
        Assert.All(letters, l => Assert.Equal(("campaign-1", "orchestration", "too many", Time.GetUtcNow()), (l.InstanceId, l.Kind, l.Reason, l.DeadLetteredAt)));
        Assert.Equal(["poison-1", "poison-2"], letters.Select(l => ((EventRaised)OrchestrationJson.DeserializeEvent(l.Payload)).Name));
        Assert.Contains("\"eventType\":\"EventRaised\"", letters[0].Payload, StringComparison.Ordinal);
        Assert.Empty(await Store.ListDeadLettersAsync("other"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM instance_messages;"));
    }
}
