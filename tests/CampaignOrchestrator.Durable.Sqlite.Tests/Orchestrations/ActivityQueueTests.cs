using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class ActivityQueueTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task LockNextActivityAsync_Queued_LocksOldestAndHidesItUntilExpiry()
    {
        var started = await ScheduleAsync(2);

        var first = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        var second = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));

        Assert.Equal(new ActivityRequest("campaign-1", 0, "SendInvites", "\"batch 0\"", started.ExecutionId), first.Request);
        Assert.Equal(1, first.DeliveryCount);
        Assert.Equal(1, second.Request.TaskId);
        Assert.NotEqual(first.LockToken, second.LockToken);
        Assert.Null(await Store.LockNextActivityAsync(LockFor));
        Assert.Null(await OpenOtherStore().LockNextActivityAsync(LockFor));
        Time.Advance(LockFor);
        var again = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        Assert.Equal(2, again.DeliveryCount);
        Assert.Equal(0, again.Request.TaskId);
    }

    [Fact]
    public async Task CompleteActivityAsync_LockHeld_RemovesActivityAndQueuesResultWithExecutionId()
    {
        var started = await ScheduleAsync(1);
        var item = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));

        await Store.CompleteActivityAsync(item, new TaskCompleted(Time.GetUtcNow(), 0, "\"sent\""));

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
        Assert.Equal(1, await CountAsync($"SELECT COUNT(*) FROM instance_messages WHERE execution_id = '{started.ExecutionId}';"));
        var episode = await LockAsync();
        Assert.Equal("\"sent\"", Assert.IsType<TaskCompleted>(Assert.Single(episode.Messages)).Result);
        Assert.Empty(await Store.ListDeadLettersAsync());
    }

    [Fact]
    public async Task CompleteActivityAsync_LockLapsed_ThrowsAndWritesNothing()
    {
        await ScheduleAsync(1);
        var item = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        Time.Advance(LockFor);

        var error = await Assert.ThrowsAsync<LockLostException>(() => Store.CompleteActivityAsync(item, new TaskCompleted(Time.GetUtcNow(), 0, null)));

        Assert.Contains("campaign-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instance_messages;"));
    }

    [Fact]
    public async Task CompleteActivityAsync_LockTakenByOtherWorker_Throws()
    {
        await ScheduleAsync(1);
        var lapsed = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        Time.Advance(LockFor);
        var current = Assert.IsType<ActivityWorkItem>(await OpenOtherStore().LockNextActivityAsync(LockFor));

        await Assert.ThrowsAsync<LockLostException>(() => Store.CompleteActivityAsync(lapsed, new TaskCompleted(Time.GetUtcNow(), 0, null)));
        await Store.CompleteActivityAsync(current, new TaskCompleted(Time.GetUtcNow(), 0, null));
    }

    [Fact]
    public async Task CompleteActivityAsync_DeadLetterReason_KeepsRequestAndQueuesResult()
    {
        await ScheduleAsync(1);
        var item = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        var failure = new FailureDetails("PoisonMessage", "delivered 6 times");

        await Store.CompleteActivityAsync(item, new TaskFailed(Time.GetUtcNow(), 0, failure), "delivered 6 times");

        var letter = Assert.Single(await Store.ListDeadLettersAsync());
        Assert.Equal(("campaign-1", "activity", "delivered 6 times"), (letter.InstanceId, letter.Kind, letter.Reason));
        Assert.Equal(item.Request, System.Text.Json.JsonSerializer.Deserialize<ActivityRequest>(letter.Payload, Serialization.DataConverter.Options));
        Assert.IsType<TaskFailed>(Assert.Single((await LockAsync()).Messages));
    }

    [Fact]
    public async Task AbandonActivityAsync_LockHeld_VisibleAgainAfterDelay()
    {
        await ScheduleAsync(1);
        var item = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));

        await Store.AbandonActivityAsync(item, TimeSpan.FromSeconds(10));

        Assert.Null(await Store.LockNextActivityAsync(LockFor));
        Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor)).DeliveryCount);
    }

    [Fact]
    public async Task AbandonActivityAsync_LockLost_DoesNothing()
    {
        await ScheduleAsync(1);
        var lapsed = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        Time.Advance(LockFor);
        var current = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));

        await Store.AbandonActivityAsync(lapsed, TimeSpan.Zero);

        Assert.Null(await Store.LockNextActivityAsync(LockFor));
        await Store.CompleteActivityAsync(current, new TaskCompleted(Time.GetUtcNow(), 0, null));
    }

    [Fact]
    public async Task RenewLockAsync_ActivityHeld_ExtendsLock()
    {
        await ScheduleAsync(1);
        var item = Assert.IsType<ActivityWorkItem>(await Store.LockNextActivityAsync(LockFor));
        Time.Advance(LockFor - TimeSpan.FromSeconds(1));

        Assert.True(await Store.RenewLockAsync(item.LockToken, LockFor));
        Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(await Store.LockNextActivityAsync(LockFor));
        await Store.CompleteActivityAsync(item, new TaskCompleted(Time.GetUtcNow(), 0, null));
        Time.Advance(LockFor);
        Assert.False(await Store.RenewLockAsync(item.LockToken, LockFor));
    }

    [Fact]
    public async Task CommitOrchestrationAsync_DuplicateActivityRequest_Ignored()
    {
        var started = await ScheduleAsync(1);
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("again")));
        var item = await LockAsync();

        await Store.CommitOrchestrationAsync(item, Running(
            item.Messages,
            new OutboundMessage(Activity: new ActivityRequest("campaign-1", 0, "SendInvites", "\"batch 0\"", started.ExecutionId)),
            new OutboundMessage(Activity: new ActivityRequest("campaign-1", 9, "NoExecution", null)),
            new OutboundMessage(Activity: new ActivityRequest("campaign-1", 9, "NoExecution", null))));

        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
    }

    [Fact]
    public async Task LockNextActivitiesAsync_Batch_LocksInQueueOrderWithOwnTokens()
    {
        await ScheduleAsync(5);

        var batch = await Store.LockNextActivitiesAsync(3, LockFor);

        Assert.Equal([0, 1, 2], batch.Select(i => i.Request.TaskId));
        Assert.Equal(3, batch.Select(i => i.LockToken).Distinct().Count());
        Assert.Equal([3, 4], (await Store.LockNextActivitiesAsync(10, LockFor)).Select(i => i.Request.TaskId));
        Assert.Empty(await Store.LockNextActivitiesAsync(10, LockFor));
        await Store.CompleteActivityAsync(batch[1], new TaskCompleted(Time.GetUtcNow(), 1, null));
        Assert.Equal(4, await CountAsync("SELECT COUNT(*) FROM activity_queue;"));
    }

    private async Task<ExecutionStarted> ScheduleAsync(int count)
    {
        await CreateAsync("campaign-1");
        var item = await LockAsync();
        var started = (ExecutionStarted)item.Messages[0];
        var outbound = Enumerable.Range(0, count)
            .Select(i => new OutboundMessage(Activity: new ActivityRequest("campaign-1", i, "SendInvites", $"\"batch {i}\"", started.ExecutionId)))
            .ToArray();
        await Store.CommitOrchestrationAsync(item, Running([new OrchestratorStarted(Start), started], outbound));
        return started;
    }
}
