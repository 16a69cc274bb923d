using CampaignOrchestrator.Durable.Sqlite;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Host.Tests.TestSupport.Backends;

/// <summary>A SQLite file in a temporary folder of its own; every connection is its own pool on that file.</summary>
internal sealed class SqliteTestBackend : TestBackend
{
    private readonly string _folder = Directory.CreateTempSubdirectory("campaign-orchestrator-backend-").FullName;

    public string DatabasePath => Path.Combine(_folder, "durable.db");

    public override IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = DatabasePath,
    };

    public override BackendConnection Connect(TimeProvider clock)
    {
        var database = new SqliteDatabase(new SqliteStoreOptions { Path = DatabasePath }, clock);
        return new BackendConnection(
            new SqliteOrchestrationStore(database, clock), new SqliteAppQueueStore(database, clock), new SqliteLeaseStore(database, clock), database);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
