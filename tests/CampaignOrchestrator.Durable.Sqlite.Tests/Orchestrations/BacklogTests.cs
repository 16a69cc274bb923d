using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class BacklogTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task GetBacklogAsync_CountsVisibleUnlockedMessagesAndQueuedActivitiesOnly()
    {
        var started = await CreateRunningAsync("campaign-1");
        await Store.SendAsync(new InstanceMessage("campaign-1", Event("now")));
        await Store.SendAsync(new InstanceMessage("campaign-1", new TimerFired(Start, 1, Start.AddHours(1)), Start.AddHours(1)));
        await CreateAsync("campaign-2");
        var locked = await LockAsync();
        await Store.CommitOrchestrationAsync(locked, Running([new OrchestratorStarted(Start)], new OutboundMessage(Activity: new ActivityRequest(locked.InstanceId, 0, "Send", null, started.ExecutionId))));

        var backlog = await Store.GetBacklogAsync();

        Assert.Equal(new Backlog(1, 1), backlog);
    }
}
