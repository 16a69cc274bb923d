using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>What is specific to the Azure Storage store: blobs for large payloads, the sentinel's ETag, timer hops.</summary>
public sealed class OrchestrationStoreTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan LockFor = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new(Start);
    private StorageAccount? _account;
    private AzureOrchestrationStore? _store;

    private AzureOrchestrationStore Store => _store!;

    public async Task InitializeAsync()
    {
        _account = await TestHubs.NewAccountAsync("store");
        _store = new AzureOrchestrationStore(_account, _time);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    [Fact]
    public async Task LargeInputOutputStatusAndEvent_RoundTripThroughBlobs()
    {
        var input = Json(200_000);
        var output = Json(150_000);
        var status = Json(70_000);
        var eventInput = Json(100_000);
        var item = await StartAsync("large", input);
        Assert.Equal(input, ((ExecutionStarted)item.Messages[0]).Input);
        await CommitAsync(item, [item.Messages[0]], RuntimeStatus.Running, status, null);

        await Store.SendAsync(new InstanceMessage("large", new EventRaised(Start, "big", eventInput)));
        var next = await Store.LockNextOrchestrationAsync(LockFor);
        Assert.Equal(eventInput, Assert.IsType<EventRaised>(Assert.Single(next!.Messages)).Input);
        Assert.Equal(status, next.CustomStatus);
        await CommitAsync(next, [next.Messages[0]], RuntimeStatus.Completed, status, output);

        var state = await Store.GetInstanceAsync("large", includeHistory: true);
        Assert.Equal(input, state!.Input);
        Assert.Equal(output, state.Output);
        Assert.Equal(status, state.CustomStatus);
        Assert.Equal(eventInput, state.History!.OfType<EventRaised>().Single().Input);
        Assert.Equal(1, await Store.PurgeAsync(new PurgeFilter("large")));
    }

    [Fact]
    public async Task Commit_AfterAnotherWorkerCheckpointed_IsRejectedAndWritesNothing()
    {
        var item = await StartAsync("contested", "1");

        // Another worker (one that took the partition over) checkpoints first: the sentinel's ETag changes.
        var history = _account!.Table(_account.Names.HistoryTable);
        var sentinel = (await history.GetEntityAsync<TableEntity>("contested", "sentinel")).Value;
        await history.UpdateEntityAsync(sentinel, sentinel.ETag, TableUpdateMode.Replace);

        await Assert.ThrowsAsync<LockLostException>(() => CommitAsync(item, [item.Messages[0]], RuntimeStatus.Completed, null, "\"done\""));

        var state = await Store.GetInstanceAsync("contested", includeHistory: true);
        Assert.Equal(RuntimeStatus.Pending, state!.Status);
        Assert.Empty(state.History!);
    }

    [Fact]
    public async Task Commit_EveryEventRow_NamesTheWorkerThatCommittedIt()
    {
        var item = await StartAsync("stamped", null);
        await CommitAsync(item, [item.Messages[0]], RuntimeStatus.Completed, null, "\"done\"");

        var history = _account!.Table(_account.Names.HistoryTable);
        var rows = new List<TableEntity>();
        await foreach (var row in history.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"stamped"} and RowKey ne {"sentinel"}")))
        {
            rows.Add(row);
        }

        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(_account.WorkerId, row.GetString("WorkerId")));
    }

    [Fact]
    public async Task Timer_LongerThanSixDays_HopsUntilDueAndFiresOnce()
    {
        var item = await StartAsync("sleeper", null);
        var execution = ((ExecutionStarted)item.Messages[0]).ExecutionId;
        var fireAt = Start + TimeSpan.FromDays(10);
        await CommitAsync(item, [item.Messages[0]], RuntimeStatus.Running, null, null, new OutboundMessage(ToInstance: new InstanceMessage("sleeper", new TimerFired(fireAt, 0, fireAt), fireAt, execution)));

        _time.Advance(TimeSpan.FromDays(6) + TimeSpan.FromSeconds(1));
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        _time.Advance(TimeSpan.FromDays(4) - TimeSpan.FromSeconds(2));
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
        _time.Advance(TimeSpan.FromSeconds(1));

        var fired = await Store.LockNextOrchestrationAsync(LockFor);
        Assert.IsType<TimerFired>(Assert.Single(fired!.Messages));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Commit_ParentEpisodeAgainAfterACrash_KeepsTheChildItCreatedTheFirstTime(bool childFinished)
    {
        // The parent's episode created its child, then its process died before the checkpoint: the episode is committed
        // again (here by the same store, as the process that took the partition over would) with the same child.
        var parent = await StartAsync("parent", null);
        var execution = ((ExecutionStarted)parent.Messages[0]).ExecutionId;
        var child = new NewInstance("parent:child-0", "Test", "1", Parent: new ParentInstance("parent", 0, execution));
        Assert.True(await Store.CreateInstanceAsync(child));
        if (childFinished)
        {
            var running = (await Store.LockNextOrchestrationAsync(LockFor))!;
            await CommitAsync(running, [running.Messages[0]], RuntimeStatus.Completed, null, "\"done\"");
        }

        var before = await Store.GetInstanceAsync(child.InstanceId, includeHistory: false);
        await CommitAsync(parent, [parent.Messages[0]], RuntimeStatus.Running, null, null, new OutboundMessage(NewChild: child));

        var after = await Store.GetInstanceAsync(child.InstanceId, includeHistory: false);
        Assert.Equal((before!.ExecutionId, before.Status), (after!.ExecutionId, after.Status));
        if (!childFinished)
        {
            var start = (await Store.LockNextOrchestrationAsync(LockFor))!;
            Assert.Equal(child.InstanceId, start.InstanceId);
            Assert.IsType<ExecutionStarted>(Assert.Single(start.Messages));
            await CommitAsync(start, [start.Messages[0]], RuntimeStatus.Running, null, null);
        }

        // Nothing else: no second start of the child, no "already running" failure for the parent.
        Assert.Null(await Store.LockNextOrchestrationAsync(LockFor));
    }

    [Fact]
    public async Task Commit_ChildIdRunningForAnotherParent_FailsTheTaskInTheParent()
    {
        var parent = await StartAsync("second-parent", null);
        var execution = ((ExecutionStarted)parent.Messages[0]).ExecutionId;
        Assert.True(await Store.CreateInstanceAsync(new NewInstance("shared-child", "Test", "1", Parent: new ParentInstance("first-parent", 0, "e1"))));

        await CommitAsync(parent, [parent.Messages[0]], RuntimeStatus.Running, null, null,
            new OutboundMessage(NewChild: new NewInstance("shared-child", "Test", "2", Parent: new ParentInstance("second-parent", 0, execution))));

        var messages = new List<HistoryEvent>();
        while (await Store.LockNextOrchestrationAsync(LockFor) is { } item)
        {
            messages.AddRange(item.InstanceId == "second-parent" ? item.Messages : []);
            await CommitAsync(item, [.. item.Messages], RuntimeStatus.Running, null, null);
        }

        Assert.Contains("already running", Assert.IsType<SubOrchestrationFailed>(Assert.Single(messages)).Failure.Message, StringComparison.Ordinal);
    }

    private static string Json(int length) => "\"" + new string('x', length) + "\"";

    private async Task<OrchestrationWorkItem> StartAsync(string instanceId, string? input)
    {
        Assert.True(await Store.CreateInstanceAsync(new NewInstance(instanceId, "Test", input)));
        return (await Store.LockNextOrchestrationAsync(LockFor))!;
    }

    private Task<IReadOnlyList<ActivityWorkItem>> CommitAsync(OrchestrationWorkItem item, HistoryEvent[] consumed, RuntimeStatus status, string? customStatus, string? output, params OutboundMessage[] outbound) =>
        Store.CommitOrchestrationAsync(item, new EpisodeCommit([new OrchestratorStarted(_time.GetUtcNow()), .. consumed], status, customStatus, output, null, outbound));
}
