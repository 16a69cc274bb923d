using System.Globalization;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

/// <summary>A store on a temporary file and a fake clock, with shorthands for the usual steps of an episode.</summary>
public abstract class OrchestrationStoreTestBase : IDisposable
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    protected static readonly TimeSpan LockFor = TimeSpan.FromMinutes(1);

    private readonly TemporaryDatabaseFolder _folder = new();
    private readonly List<SqliteOrchestrationStore> _stores = [];
    private SqliteDatabase? _database;
    private SqliteOrchestrationStore? _store;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected SqliteDatabase Database => _database ??= _folder.Open(Time);

    protected SqliteOrchestrationStore Store => _store ??= Track(new SqliteOrchestrationStore(Database, Time));

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a second store on a second database object over the same file, as another process would.</summary>
    protected SqliteOrchestrationStore OpenOtherStore() => Track(new SqliteOrchestrationStore(_folder.Open(Time), Time));

    protected async Task<OrchestrationWorkItem> LockAsync(SqliteOrchestrationStore? store = null) =>
        Assert.IsType<OrchestrationWorkItem>(await (store ?? Store).LockNextOrchestrationAsync(LockFor));

    protected async Task CreateAsync(string instanceId, string? input = null, ParentInstance? parent = null) =>
        Assert.True(await Store.CreateInstanceAsync(new NewInstance(instanceId, "Campaign", input, Parent: parent)));

    /// <summary>Creates an instance and runs its first episode: the history holds its start, and it is Running.</summary>
    protected async Task<ExecutionStarted> CreateRunningAsync(string instanceId, params OutboundMessage[] outbound)
    {
        await CreateAsync(instanceId);
        var item = await LockAsync();
        Assert.Equal(instanceId, item.InstanceId);
        var started = Assert.IsType<ExecutionStarted>(Assert.Single(item.Messages));
        await Store.CommitOrchestrationAsync(item, Running([new OrchestratorStarted(Time.GetUtcNow()), started], outbound));
        return started;
    }

    /// <summary>Creates an instance and finishes it with the status.</summary>
    protected async Task CreateFinishedAsync(string instanceId, RuntimeStatus status)
    {
        await CreateRunningAsync(instanceId);
        await Store.SendAsync(new InstanceMessage(instanceId, new EventRaised(Time.GetUtcNow(), "finish", null)));
        var item = await LockAsync();
        await Store.CommitOrchestrationAsync(item, new EpisodeCommit([new ExecutionCompleted(Time.GetUtcNow(), status, "\"done\"")], status, null, "\"done\"", null, []));
    }

    protected static EpisodeCommit Running(IReadOnlyList<HistoryEvent> newHistory, params OutboundMessage[] outbound) =>
        new(newHistory, RuntimeStatus.Running, null, null, null, outbound);

    protected EventRaised Event(string name) => new(Time.GetUtcNow(), name, null);

    protected async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand(null, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private SqliteOrchestrationStore Track(SqliteOrchestrationStore store)
    {
        _stores.Add(store);
        return store;
    }
}
