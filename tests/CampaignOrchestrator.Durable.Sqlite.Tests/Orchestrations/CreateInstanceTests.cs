using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class CreateInstanceTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task CreateInstanceAsync_NewId_PendingAndExecutionStartedDelivered()
    {
        var parent = new ParentInstance("parent", 4, "parent-execution");

        Assert.True(await Store.CreateInstanceAsync(new NewInstance("campaign-1", "Campaign", "{\"wave\":1}", Parent: parent)));

        var state = Assert.IsType<InstanceState>(await Store.GetInstanceAsync("campaign-1", includeHistory: true));
        Assert.Equal(RuntimeStatus.Pending, state.Status);
        Assert.Equal("Campaign", state.Name);
        Assert.Equal("{\"wave\":1}", state.Input);
        Assert.Equal(Start, state.CreatedAt);
        Assert.Equal(Start, state.LastUpdatedAt);
        Assert.Empty(state.History!);
        var item = await LockAsync();
        Assert.Equal("campaign-1", item.InstanceId);
        Assert.Equal(RuntimeStatus.Pending, item.Status);
        Assert.Equal(1, item.DeliveryCount);
        Assert.Empty(item.History);
        var started = Assert.IsType<ExecutionStarted>(Assert.Single(item.Messages));
        Assert.Equal(new ExecutionStarted(Start, "Campaign", "campaign-1", state.ExecutionId, "{\"wave\":1}", parent), started);
    }

    [Theory]
    [InlineData(RuntimeStatus.Pending)]
    [InlineData(RuntimeStatus.Running)]
    [InlineData(RuntimeStatus.Suspended)]
    [InlineData(RuntimeStatus.ContinuedAsNew)]
    public async Task CreateInstanceAsync_UnfinishedId_ReturnsFalseAndChangesNothing(RuntimeStatus status)
    {
        await CreateAsync("campaign-1", "first");
        if (status != RuntimeStatus.Pending)
        {
            var item = await LockAsync();
            await Store.CommitOrchestrationAsync(item, new EpisodeCommit([], status, null, null, null, []));
        }

        var before = await Store.GetInstanceAsync("campaign-1", includeHistory: true);
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.False(await Store.CreateInstanceAsync(new NewInstance("campaign-1", "Campaign", "second")));

        Assert.Equal(before!.ExecutionId, (await Store.GetInstanceAsync("campaign-1", includeHistory: false))!.ExecutionId);
        Assert.Equal("first", (await Store.GetInstanceAsync("campaign-1", includeHistory: false))!.Input);
        Assert.Equal(status == RuntimeStatus.Pending ? 1 : 0, await CountAsync("SELECT COUNT(*) FROM instance_messages;"));
    }

    [Theory]
    [InlineData(RuntimeStatus.Completed)]
    [InlineData(RuntimeStatus.Failed)]
    [InlineData(RuntimeStatus.Terminated)]
    [InlineData(RuntimeStatus.Canceled)]
    public async Task CreateInstanceAsync_FinishedId_ReplacesWithNewExecution(RuntimeStatus status)
    {
        await CreateFinishedAsync("campaign-1", status);
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("late")));
        var old = (await Store.GetInstanceAsync("campaign-1", includeHistory: true))!;
        Assert.NotEmpty(old.History!);
        Time.Advance(TimeSpan.FromHours(1));

        Assert.True(await Store.CreateInstanceAsync(new NewInstance("campaign-1", "Campaign", "second")));

        var replaced = (await Store.GetInstanceAsync("campaign-1", includeHistory: true))!;
        Assert.NotEqual(old.ExecutionId, replaced.ExecutionId);
        Assert.Equal(RuntimeStatus.Pending, replaced.Status);
        Assert.Equal("second", replaced.Input);
        Assert.Null(replaced.Output);
        Assert.Equal(Time.GetUtcNow(), replaced.CreatedAt);
        Assert.Empty(replaced.History!);
        var item = await LockAsync();
        var started = Assert.IsType<ExecutionStarted>(Assert.Single(item.Messages));
        Assert.Equal(replaced.ExecutionId, started.ExecutionId);
        Assert.Empty(item.History);
    }

    [Fact]
    public async Task CreateInstanceAsync_ScheduledStart_InvisibleUntilClockPassesIt()
    {
        await Store.CreateInstanceAsync(new NewInstance("later", "Campaign", null, Start.AddMinutes(10)));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal("later", (await LockAsync()).InstanceId);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a/b", "'/'")]
    [InlineData("a\\b", "'\\'")]
    [InlineData("a#b", "'#'")]
    [InlineData("a?b", "'?'")]
    [InlineData("a\nb", "control characters")]
    public async Task CreateInstanceAsync_InvalidId_ThrowsNamingTheRule(string instanceId, string rule)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateInstanceAsync(new NewInstance(instanceId, "Campaign", null)));

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateInstanceAsync_IdLongerThan256_ThrowsNamingTheLimit()
    {
        Assert.True(await Store.CreateInstanceAsync(new NewInstance(new string('a', 256), "Campaign", null)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateInstanceAsync(new NewInstance(new string('a', 257), "Campaign", null)));

        Assert.Contains("256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UnknownInstance_KeptButNeverDeliveredUntilCreatedOrPurged()
    {
        await Store.SendAsync(new InstanceMessage("ghost", Event("early")));

        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM instance_messages WHERE instance_id = 'ghost';"));
        Assert.Equal(0, await Store.PurgeAsync(new PurgeFilter(InstanceId: "ghost")));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM instance_messages;"));
    }
}
