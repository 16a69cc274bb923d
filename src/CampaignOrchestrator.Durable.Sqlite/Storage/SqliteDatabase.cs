using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// The backend's database file. Opens connections in WAL mode with the configured synchronous mode, a busy timeout
/// and foreign keys on; creates and upgrades the schema on first use. Several instances, in one process or several,
/// may share one file: every write runs in a <c>BEGIN IMMEDIATE</c> transaction, so writers queue for the file's lock
/// instead of failing on a stale snapshot.
/// </summary>
public sealed partial class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteSynchronousMode _synchronous;
    private readonly TimeSpan _busyTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates the database object; nothing touches the file until the first use.</summary>
    /// <param name="options">The file and how to open it; validated here.</param>
    /// <param name="timeProvider">The clock that stamps applied migrations.</param>
    /// <param name="logger">Logs schema changes; none when null.</param>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">The options are invalid.</exception>
    public SqliteDatabase(SqliteStoreOptions options, TimeProvider timeProvider, ILogger<SqliteDatabase>? logger = null)
        : this(options, timeProvider, SqliteSchema.Migrations, logger)
    {
    }

    internal SqliteDatabase(SqliteStoreOptions options, TimeProvider timeProvider, IReadOnlyList<SqliteMigration> migrations, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(migrations);
        options.Validate();
        SqliteSchema.ThrowIfOutOfOrder(migrations);

        Path = System.IO.Path.GetFullPath(options.Path);
        _synchronous = options.Synchronous;
        _busyTimeout = options.BusyTimeout;
        _timeProvider = timeProvider;
        _migrations = migrations;
        _logger = logger ?? NullLogger.Instance;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // Microsoft.Data.Sqlite retries a busy statement until this many seconds pass; zero would mean forever.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
    }

    /// <summary>Gets the database file's full path.</summary>
    public string Path { get; }

    /// <summary>Opens a connection with the backend's settings, creating or upgrading the schema first if needed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await OpenConfiguredConnectionAsync(cancellationToken);
    }

    /// <summary>Runs one write in a <c>BEGIN IMMEDIATE</c> transaction and commits it; rolls back if the work throws.</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">The statements, given the connection and its transaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work's result once committed.</returns>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Runs reads on one connection (each statement sees a consistent snapshot).</summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">The statements, given the connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work's result.</returns>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await work(connection);
    }

    /// <summary>Closes this file's pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        _schemaLock.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenConfiguredConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var synchronous = _synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL";
            var busyMilliseconds = (long)_busyTimeout.TotalMilliseconds;
            await using var command = connection.CreateCommand(
                null,
                $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = {synchronous}; PRAGMA foreign_keys = ON;");
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
