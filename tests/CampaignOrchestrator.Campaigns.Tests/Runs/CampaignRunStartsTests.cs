using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Testing;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

public sealed class CampaignRunStartsTests
{
    [Fact]
    public async Task StartIfAbsent_IdOfAFinishedInstance_StartsNothingAndKeepsIt()
    {
        // A stand-in answers to the campaign run's name: the start is refused before anything would run it.
        await using var host = await DurableTestHost.StartAsync(engine => engine
            .AddOrchestrator<WorkerNudge>(WorkerNudge.Name)
            .AddOrchestrator<WorkerNudge>(CampaignRunOrchestrator.Name));
        const string instanceId = "weekly@20261130T0900Z";
        await host.Client.StartAsync(WorkerNudge.Name, "first", new Durable.Client.StartOrchestrationOptions(instanceId));
        var finished = await host.Client.WaitForCompletionAsync(instanceId).WaitAsync(TimeSpan.FromSeconds(30));

        var started = await host.Client.StartCampaignRunIfAbsentAsync(TestCampaigns.SingleWave(), instanceId);

        var after = await host.Client.GetAsync(instanceId);
        Assert.False(started);
        Assert.Equal(RuntimeStatus.Completed, finished.Status);
        Assert.Equal((WorkerNudge.Name, finished.ExecutionId, RuntimeStatus.Completed), (after!.Name, after.ExecutionId, after.Status));
    }
}
