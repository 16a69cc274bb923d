using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Schema creation and upgrades, recorded in the <c>schema_version</c> table.</summary>
public sealed partial class SqliteDatabase
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY NOT NULL,
            name       TEXT NOT NULL,
            applied_at INTEGER NOT NULL -- Unix time, milliseconds
        ) STRICT;
        """;

    private readonly IReadOnlyList<SqliteMigration> _migrations;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Gets the schema version this build creates.</summary>
    public int LatestSchemaVersion => _migrations.Count;

    /// <summary>
    /// Creates the file and its schema, or applies the migrations it lacks, all in one write transaction; a no-op once
    /// done for this instance. Safe when several processes do it at once: the later ones find nothing left to apply.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="InvalidOperationException">The file's schema is newer than this build knows.</exception>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await MigrateAsync(cancellationToken);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>Reads the schema version recorded in the file.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The highest applied migration's version.</returns>
    public Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => ReadVersionAsync(connection, null, cancellationToken), cancellationToken);

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenConfiguredConnectionAsync(cancellationToken);
        await UseWriteAheadLogAsync(connection, cancellationToken);

        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var create = connection.CreateCommand(transaction, CreateVersionTable))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > LatestSchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database file '{Path}' has schema version {current}, newer than version {LatestSchemaVersion} that this build knows. Run a newer build, or point Storage:Sqlite:Path at another file.");
        }

        var applied = new List<SqliteMigration>();
        foreach (var migration in _migrations.Skip(current))
        {
            await using var step = connection.CreateCommand(transaction, migration.Sql);
            await step.ExecuteNonQueryAsync(cancellationToken);
            await using var record = connection.CreateCommand(
                transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $appliedAt);",
                ("$version", migration.Version),
                ("$name", migration.Name),
                ("$appliedAt", SqliteTime.ToStored(_timeProvider.GetUtcNow())));
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(migration);
        }

        await transaction.CommitAsync(cancellationToken);
        foreach (var migration in applied)
        {
            Logs.SchemaMigrationApplied(_logger, migration.Version, migration.Name, Path);
        }
    }

    private async Task UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // The journal mode is stored in the file, so setting it once per open database is enough.
        await using var command = connection.CreateCommand(null, "PRAGMA journal_mode = WAL;");
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "unknown";
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            Logs.JournalModeNotWal(_logger, Path, mode);
        }
    }
}
