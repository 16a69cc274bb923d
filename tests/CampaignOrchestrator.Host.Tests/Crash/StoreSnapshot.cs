using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Host.Tests.Crash;

/// <summary>
/// Describes, for the test output only, what a killed host left in the SQLite file: the instance's lock, its pending
/// messages, its activity work items (a delivery count above zero means a worker took it, so the next one gets it again
/// when its lock lapses) and the idempotency records of its sends (an open record is a send whose outcome was never
/// recorded). It reads the backend's tables directly, so it never fails the test: a schema it does not know is reported.
/// </summary>
internal static class StoreSnapshot
{
    public static string Describe(string databasePath, string instanceId)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var text = new StringBuilder();
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
            using var connection = new SqliteConnection(connectionString);
            connection.Open();

            Query(connection, text, "instance", "SELECT status, lock_token IS NOT NULL, locked_until, delivery_count FROM instances WHERE instance_id = $id", instanceId, reader =>
                $"status {reader.GetString(0)}, {(reader.GetBoolean(1) ? "locked" : "not locked")}{Until(reader.GetInt64(2), now)}, delivery count {reader.GetInt64(3)}");
            Query(connection, text, "pending message", "SELECT event_type, visible_at, lock_token IS NOT NULL FROM instance_messages WHERE instance_id = $id ORDER BY seq", instanceId, reader =>
                $"{reader.GetString(0)}, visible {Relative(reader.GetInt64(1), now)}{(reader.GetBoolean(2) ? ", handed out with the instance lock" : string.Empty)}");
            Query(connection, text, "activity work item", "SELECT name, task_id, delivery_count, visible_at FROM activity_queue WHERE instance_id = $id ORDER BY seq", instanceId, reader =>
                $"{reader.GetString(0)} (task {reader.GetInt64(1)}), delivered {reader.GetInt64(2)} time(s), visible {Relative(reader.GetInt64(3), now)}");
            Query(connection, text, "idempotency record", "SELECT idempotency_key, attempts, completed_at IS NULL FROM idempotency_records WHERE idempotency_key LIKE $id || '/%' ORDER BY started_at", instanceId, reader =>
                $"{reader.GetString(0)}: {reader.GetInt64(1)} attempt(s), {(reader.GetBoolean(2) ? "OPEN (called, outcome never recorded)" : "completed")}");
        }
        catch (SqliteException exception)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"(could not read the store: {exception.Message})");
        }

        return text.ToString();
    }

    private static void Query(SqliteConnection connection, StringBuilder text, string what, string sql, string instanceId, Func<SqliteDataReader, string> describe)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", instanceId);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {what}: {describe(reader)}");
        }

        if (rows == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {what}: none");
        }
    }

    private static string Until(long lockedUntil, long now) => lockedUntil > now ? $" until {Relative(lockedUntil, now)}" : string.Empty;

    private static string Relative(long unixMilliseconds, long now)
    {
        var seconds = (unixMilliseconds - now) / 1000.0;
        return seconds >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"in {seconds:F1} s")
            : string.Create(CultureInfo.InvariantCulture, $"{-seconds:F1} s ago");
    }
}
