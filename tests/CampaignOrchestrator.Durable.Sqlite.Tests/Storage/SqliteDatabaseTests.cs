using System.Globalization;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EnsureSchemaAsync_NewFile_CreatesTablesAndRecordsEveryVersion()
    {
        var database = _folder.Open(_time);

        await database.EnsureSchemaAsync();

        Assert.True(File.Exists(_folder.DatabasePath));
        Assert.Equal(SqliteSchema.Migrations.Count, database.LatestSchemaVersion);
        Assert.Equal(database.LatestSchemaVersion, await database.GetSchemaVersionAsync());
        var recorded = await ReadVersionRowsAsync(database);
        Assert.Equal(SqliteSchema.Migrations.Select(m => ((long)m.Version, m.Name, SqliteTime.ToStored(Start))), recorded);
        var tables = await ScalarsAsync(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
        Assert.Contains("app_queue_messages", tables);
        Assert.Contains("leases", tables);
        Assert.Contains("schema_version", tables);
    }

    [Fact]
    public async Task EnsureSchemaAsync_ReopeningExistingFile_IsIdempotentAndKeepsData()
    {
        var first = _folder.Open(_time);
        var id = await new SqliteAppQueueStore(first, _time).EnqueueAsync("orders", "kept");
        var versionsBefore = await ReadVersionRowsAsync(first);
        first.Dispose();
        _time.Advance(TimeSpan.FromHours(1));

        var reopened = _folder.Open(_time);
        await reopened.EnsureSchemaAsync();
        await reopened.EnsureSchemaAsync();

        Assert.Equal(versionsBefore, await ReadVersionRowsAsync(reopened));
        var peeked = Assert.Single(await new SqliteAppQueueStore(reopened, _time).PeekAsync("orders", 1));
        Assert.Equal(id, peeked.Id);
    }

    [Fact]
    public async Task EnsureSchemaAsync_SeveralInstancesAtOnce_ApplyEachMigrationOnce()
    {
        var databases = Enumerable.Range(0, 4).Select(_ => _folder.Open(_time)).ToList();

        await Task.WhenAll(databases.Select(d => Task.Run(() => d.EnsureSchemaAsync())));

        Assert.Equal(databases[0].LatestSchemaVersion, (await ReadVersionRowsAsync(databases[0])).Count);
    }

    [Fact]
    public async Task EnsureSchemaAsync_FileAtOlderVersion_AppliesOnlyMissingMigrations()
    {
        var old = _folder.Open(_time, SqliteSchema.Migrations.Take(1).ToList());
        await old.EnsureSchemaAsync();
        _time.Advance(TimeSpan.FromDays(1));

        var current = _folder.Open(_time);
        await current.EnsureSchemaAsync();

        var rows = await ReadVersionRowsAsync(current);
        Assert.Equal(SqliteTime.ToStored(Start), rows[0].AppliedAt);
        Assert.All(rows.Skip(1), row => Assert.Equal(SqliteTime.ToStored(_time.GetUtcNow()), row.AppliedAt));
        Assert.Equal(current.LatestSchemaVersion, rows.Count);
    }

    [Fact]
    public async Task EnsureSchemaAsync_FileNewerThanBuild_ThrowsNamingBothVersions()
    {
        var newer = _folder.Open(_time, [.. SqliteSchema.Migrations, new SqliteMigration(SqliteSchema.Migrations.Count + 1, "future", "CREATE TABLE future (x INTEGER);")]);
        await newer.EnsureSchemaAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _folder.Open(_time).EnsureSchemaAsync());

        Assert.Contains($"schema version {SqliteSchema.Migrations.Count + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"version {SqliteSchema.Migrations.Count} that this build knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSchemaAsync_FailingMigration_RollsBackEveryPendingStep()
    {
        var broken = _folder.Open(_time, [new SqliteMigration(1, "good", "CREATE TABLE good (x INTEGER);"), new SqliteMigration(2, "broken", "CREATE TABLE (")]);

        await Assert.ThrowsAsync<SqliteException>(() => broken.EnsureSchemaAsync());

        var fixedDatabase = _folder.Open(_time, [new SqliteMigration(1, "good", "CREATE TABLE good (x INTEGER);")]);
        await fixedDatabase.EnsureSchemaAsync();
        Assert.Equal(1, await fixedDatabase.GetSchemaVersionAsync());
    }

    [Fact]
    public void Constructor_MigrationsOutOfOrder_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => _folder.Open(_time, [new SqliteMigration(2, "second", "SELECT 1;")]));

        Assert.Contains("versions must run 1, 2, 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SqliteSynchronousMode.Normal, 1)]
    [InlineData(SqliteSynchronousMode.Full, 2)]
    public async Task OpenConnectionAsync_AppliesWalSynchronousBusyTimeoutAndForeignKeys(SqliteSynchronousMode mode, long expectedSynchronous)
    {
        var database = _folder.Open(_time, mode);

        Assert.Equal(["wal"], await ScalarsAsync(database, "PRAGMA journal_mode;"));
        Assert.Equal([expectedSynchronous.ToString(CultureInfo.InvariantCulture)], await ScalarsAsync(database, "PRAGMA synchronous;"));
        Assert.Equal(["10000"], await ScalarsAsync(database, "PRAGMA busy_timeout;"));
        Assert.Equal(["1"], await ScalarsAsync(database, "PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task WriteAsync_WorkThrows_RollsBack()
    {
        var database = _folder.Open(_time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => database.WriteAsync<int>(
            async (connection, transaction) =>
            {
                await using var insert = connection.CreateCommand(transaction, "INSERT INTO leases (name, owner_id, token, expires_at) VALUES ('x', 'a', 1, 0);");
                await insert.ExecuteNonQueryAsync();
                throw new InvalidOperationException("boom");
            }));

        Assert.Equal(["0"], await ScalarsAsync(database, "SELECT COUNT(*) FROM leases;"));
    }

    private static async Task<List<(long Version, string Name, long AppliedAt)>> ReadVersionRowsAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand(null, "SELECT version, name, applied_at FROM schema_version ORDER BY version;");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(long, string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }

    private static async Task<List<string>> ScalarsAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand(null, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
