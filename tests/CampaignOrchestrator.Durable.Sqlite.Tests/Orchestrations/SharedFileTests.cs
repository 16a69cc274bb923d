using System.Collections.Concurrent;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

/// <summary>Two stores on two database objects over one file stand in for two processes sharing it.</summary>
public sealed class SharedFileTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task LockNextOrchestrationAsync_ConcurrentWorkersOnTwoStores_EachInstanceHandedOutOnce()
    {
        const int InstanceCount = 40;
        for (var i = 0; i < InstanceCount; i++)
        {
            await CreateAsync($"campaign-{i}");
        }

        var stores = new[] { Store, OpenOtherStore() };
        var locked = new ConcurrentBag<string>();
        var workers = stores.SelectMany(store => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await store.LockNextOrchestrationAsync(LockFor) is { } item)
            {
                locked.Add(item.InstanceId);
            }
        })));
        await Task.WhenAll(workers);

        Assert.Equal(InstanceCount, locked.Count);
        Assert.Equal(InstanceCount, locked.Distinct().Count());
    }

    [Fact]
    public async Task LockNextActivityAsync_ConcurrentWorkersOnTwoStores_EachActivityHandedOutOnce()
    {
        const int ActivityCount = 200;
        await CreateAsync("fan-out");
        var item = await LockAsync();
        var started = (ExecutionStarted)item.Messages[0];
        await Store.CommitOrchestrationAsync(item, Running(
            [new OrchestratorStarted(Start), started],
            [.. Enumerable.Range(0, ActivityCount).Select(i => new OutboundMessage(Activity: new ActivityRequest("fan-out", i, "Send", null, started.ExecutionId)))]));

        var stores = new[] { Store, OpenOtherStore() };
        var completed = new ConcurrentBag<int>();
        var workers = stores.SelectMany(store => Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (await store.LockNextActivityAsync(LockFor) is { } activity)
            {
                await store.CompleteActivityAsync(activity, new TaskCompleted(Time.GetUtcNow(), activity.Request.TaskId, null));
                completed.Add(activity.Request.TaskId);
            }
        })));
        await Task.WhenAll(workers);

        Assert.Equal(Enumerable.Range(0, ActivityCount), completed.Order());
        var results = await LockAsync();
        Assert.Equal(ActivityCount, results.Messages.Count);
    }
}
