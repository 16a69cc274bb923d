using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// Commands kept prepared on a long-lived connection, one per SQL text: compiling a statement costs about as much as
/// running a small one. Only for a connection used by one caller at a time, and for a fixed set of SQL texts.
/// </summary>
internal static class PreparedStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> _caches = [];

    /// <summary>Gets the connection's command for the SQL, bound to the transaction with these parameters only.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">Its active transaction.</param>
    /// <param name="sql">The statements; must be one of a fixed set of texts, never built from values.</param>
    /// <param name="parameters">Names (with their <c>$</c>) and values; a null value is stored as NULL.</param>
    /// <returns>The command; not to be disposed, since the connection keeps it.</returns>
    public static PreparedCommand Prepared(
        this SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var cache = _caches.GetOrCreateValue(connection);
        if (!cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            cache.Add(sql, command);
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return new PreparedCommand(command);
    }
}

/// <summary>A command kept by its connection: run it, set its parameters, but do not dispose it.</summary>
/// <param name="command">The command.</param>
internal readonly struct PreparedCommand(SqliteCommand command)
{
    /// <summary>Gets the parameters, to change values between runs.</summary>
    public SqliteParameterCollection Parameters => command.Parameters;

    /// <summary>Runs the command.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of rows changed.</returns>
    public Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => command.ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs the command.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The first column of the first row, or null.</returns>
    public Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => command.ExecuteScalarAsync(cancellationToken);

    /// <summary>Runs the command.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reader; dispose it before the command runs again.</returns>
    public Task<SqliteDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) => command.ExecuteReaderAsync(cancellationToken);
}
