using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Builds parameterized commands in one call.</summary>
internal static class SqliteCommandExtensions
{
    /// <summary>Creates a command on a connection, in a transaction when given, with named parameters.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The connection's active transaction, if any.</param>
    /// <param name="sql">The statements.</param>
    /// <param name="parameters">Names (with their <c>$</c>) and values; a null value is stored as NULL.</param>
    /// <returns>The command; the caller disposes it.</returns>
    public static SqliteCommand CreateCommand(
        this SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
