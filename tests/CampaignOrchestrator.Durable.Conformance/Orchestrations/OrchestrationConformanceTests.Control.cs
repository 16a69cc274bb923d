using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Terminate, suspend, resume, restart, purge and query.</summary>
public abstract partial class OrchestrationConformanceTests
{
    [Fact]
    public async Task Terminate_ParentWithRunningChild_BothTerminatedWithTheReason()
    {
        var host = await StartHostAsync();
        var id = await host.Client.StartAsync(nameof(WaitingParent));
        await WaitUntilAsync(host, id, s => s.History!.OfType<SubOrchestrationCreated>().Any());
        var child = await host.Client.WaitForStartAsync(id + "-child").WaitAsync(Timeout);

        await host.Client.TerminateAsync(id, "campaign cancelled");
        var parentState = await WaitForCompletionAsync(host, id);
        var childState = await WaitForCompletionAsync(host, child.InstanceId);

        Assert.Equal(RuntimeStatus.Terminated, parentState.Status);
        Assert.Equal("campaign cancelled", DataConverter.Deserialize<string>(parentState.Output));
        Assert.Equal(RuntimeStatus.Terminated, childState.Status);
        await Assert.ThrowsAsync<InstanceStateException>(() => host.Client.TerminateAsync(id));
    }

    [Fact]
    public async Task Suspend_EventsWaitUntilResume_ThenTheInstanceCarriesOn()
    {
        var host = await StartHostAsync();
        var id = await host.Client.StartAsync(nameof(Waiter));
        await host.Client.WaitForStartAsync(id).WaitAsync(Timeout);

        await host.Client.SuspendAsync(id, "maintenance");
        await WaitUntilAsync(host, id, s => s.Status == RuntimeStatus.Suspended);
        await host.Client.RaiseEventAsync(id, "go", "after pause");
        var stillSuspended = await host.Client.GetAsync(id, includeHistory: true);
        await host.Client.ResumeAsync(id, "done");
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal(RuntimeStatus.Suspended, stillSuspended!.Status);
        Assert.Empty(stillSuspended.History!.OfType<EventRaised>());
        Assert.Equal("after pause", DataConverter.Deserialize<string>(state.Output));
        Assert.Single(state.History!.OfType<ExecutionSuspended>());
        Assert.Single(state.History!.OfType<ExecutionResumed>());
    }

    [Fact]
    public async Task Restart_FinishedInstance_RunsAgainWithTheSameInput()
    {
        var host = await StartHostAsync();
        var first = await RunAsync(host, nameof(Sequence), 4);

        var sameId = await host.Client.RestartAsync(first.InstanceId);
        var again = await WaitForCompletionAsync(host, sameId);
        var newId = await host.Client.RestartAsync(first.InstanceId, restartWithNewInstanceId: true);
        var copy = await WaitForCompletionAsync(host, newId);

        Assert.Equal(first.InstanceId, sameId);
        Assert.NotEqual(first.ExecutionId, again.ExecutionId);
        Assert.Equal(("4", "4"), (again.Output, copy.Output));
        Assert.NotEqual(first.InstanceId, newId);
    }

    [Fact]
    public async Task Restart_RunningInstanceUnderSameId_IsRefused()
    {
        var host = await StartHostAsync();
        var id = await host.Client.StartAsync(nameof(Waiter));

        var error = await Assert.ThrowsAsync<InstanceStateException>(() => host.Client.RestartAsync(id));

        Assert.False(error.IsFinished);
    }

    [Fact]
    public async Task Purge_OneAndByFilter_DeletesFinishedInstancesOnly()
    {
        var host = await StartHostAsync();
        var done = await RunAsync(host, nameof(Sequence), 1);
        var other = await RunAsync(host, nameof(Sequence), 1);
        var running = await host.Client.StartAsync(nameof(Waiter));

        var purgedOne = await host.Client.PurgeAsync(done.InstanceId);
        var purgedRunning = await host.Client.PurgeAsync(running);
        var purgedByFilter = await host.Client.PurgeAsync(new PurgeFilter(CreatedFrom: DateTimeOffset.MinValue, Statuses: [RuntimeStatus.Completed]));

        Assert.True(purgedOne);
        Assert.False(purgedRunning);
        Assert.Equal(1, purgedByFilter);
        Assert.Null(await host.Client.GetAsync(done.InstanceId));
        Assert.Null(await host.Client.GetAsync(other.InstanceId));
        Assert.NotNull(await host.Client.GetAsync(running));
    }

    [Fact]
    public async Task Query_TwentyFiveInstancesInPagesOfTen_EveryInstanceOnceWithStatusFilter()
    {
        var host = await StartHostAsync(configure: options => options.StartWorker = false);
        var prefix = "query-" + Guid.NewGuid().ToString("N")[..6] + "-";
        var ids = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            ids.Add(await host.Client.StartAsync(nameof(Sequence), 1, new($"{prefix}{i:D2}")));
        }

        await host.Client.StartAsync(nameof(Sequence), 1, new("elsewhere-1"));
        var pages = new List<InstancePage>();
        string? token = null;
        do
        {
            var page = await host.Client.QueryAsync(new InstanceQuery(Statuses: [RuntimeStatus.Pending], InstanceIdPrefix: prefix, PageSize: 10, ContinuationToken: token, IncludeInput: false));
            pages.Add(page);
            token = page.ContinuationToken;
        }
        while (token is not null);
        var none = await host.Client.QueryAsync(new InstanceQuery(Statuses: [RuntimeStatus.Completed], InstanceIdPrefix: prefix));

        Assert.Equal([10, 10, 5], pages.Select(p => p.Instances.Count));
        Assert.Equal(ids.Order(StringComparer.Ordinal), pages.SelectMany(p => p.Instances).Select(i => i.InstanceId).Order(StringComparer.Ordinal));
        Assert.All(pages.SelectMany(p => p.Instances), i => Assert.Null(i.Input));
        Assert.Empty(none.Instances);
    }
}
