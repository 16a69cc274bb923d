namespace CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;

/// <summary>A temporary folder for one test's database file; deleted, with the databases' pooled connections, on dispose.</summary>
internal sealed class TemporaryDatabaseFolder : IDisposable
{
    private readonly List<SqliteDatabase> _databases = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "durable.db");

    public SqliteDatabase Open(TimeProvider time, SqliteSynchronousMode synchronous = SqliteSynchronousMode.Normal) =>
        Track(new SqliteDatabase(Options(synchronous), time));

    public SqliteDatabase Open(TimeProvider time, IReadOnlyList<SqliteMigration> migrations) =>
        Track(new SqliteDatabase(Options(SqliteSynchronousMode.Normal), time, migrations, logger: null));

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private SqliteStoreOptions Options(SqliteSynchronousMode synchronous) => new() { Path = DatabasePath, Synchronous = synchronous };

    private SqliteDatabase Track(SqliteDatabase database)
    {
        _databases.Add(database);
        return database;
    }
}
