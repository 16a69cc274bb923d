using System.Diagnostics;
using CampaignOrchestrator.Durable.Sqlite;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Benchmarks.Engine.Sqlite;

/// <summary>
/// The backend's bare rate of small write transactions (BEGIN IMMEDIATE, one INSERT, COMMIT) at the engine's
/// durability settings, one after another: the physical limit the engine's figures are compared with.
/// </summary>
internal static class SqliteRaw
{
    private static double? _baseline;

    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var transactions = arguments.Int("transactions", 10_000);
        var seconds = await MeasureAsync(transactions);
        _baseline = transactions / seconds;
        return new BenchmarkResult("raw", SqliteBackend.BackendName, transactions, seconds);
    }

    public static async Task<double> BaselineAsync()
    {
        _baseline ??= 5_000 / await MeasureAsync(5_000);
        return _baseline.Value;
    }

    private static async Task<double> MeasureAsync(int transactions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-bench", Guid.NewGuid().ToString("N"));
        try
        {
            using var database = new SqliteDatabase(new SqliteStoreOptions { Path = Path.Combine(folder, "raw.db") }, TimeProvider.System);
            await database.WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction, "CREATE TABLE raw (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;"));
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < transactions; i++)
            {
                await database.WriteAsync((connection, transaction) => ExecuteAsync(connection, transaction, "INSERT INTO raw (body) VALUES ('{\"eventType\":\"TaskCompleted\",\"taskScheduledId\":1}');"));
            }

            return EngineBench.Seconds(started);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
