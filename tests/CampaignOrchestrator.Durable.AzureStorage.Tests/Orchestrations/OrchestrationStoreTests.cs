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

    private static string Json(int length) => "\"" + new string('x', length) + "\"";

    private async Task<OrchestrationWorkItem> StartAsync(string instanceId, string? input)
    {
        Assert.True(await Store.CreateInstanceAsync(new NewInstance(instanceId, "Test", input)));
        return (await Store.LockNextOrchestrationAsync(LockFor))!;
    }

    private Task<IReadOnlyList<ActivityWorkItem>> CommitAsync(OrchestrationWorkItem item, HistoryEvent[] consumed, RuntimeStatus status, string? customStatus, string? output, params OutboundMessage[] outbound) =>
        Store.CommitOrchestrationAsync(item, new EpisodeCommit([new OrchestratorStarted(_time.GetUtcNow()), .. consumed], status, customStatus, output, null, outbound));
}
