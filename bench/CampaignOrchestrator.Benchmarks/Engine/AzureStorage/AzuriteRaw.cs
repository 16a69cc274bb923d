using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace CampaignOrchestrator.Benchmarks.Engine.AzureStorage;

/// <summary>
/// Azurite's own rates through the plain Azure SDK, one operation after another on a queue and a table of their own:
/// send, receive and delete one message (a cycle, as every engine message is handled), and upsert one entity.
/// </summary>
internal static class AzuriteRaw
{
    // The size of a small engine message (an activity's result).
    private const string Body = "{\"eventType\":\"TaskCompleted\",\"taskScheduledId\":1}";

    private const int WarmUpOperations = 10;

    private static double? _queueCyclesPerSecond;

    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments, string connectionString)
    {
        var cycles = arguments.Int("queue-cycles", 1_000);
        var upserts = arguments.Int("table-upserts", 1_000);
        var queueSeconds = await MeasureQueueAsync(connectionString, cycles);
        var tableSeconds = await MeasureTableAsync(connectionString, upserts);
        _queueCyclesPerSecond = cycles / queueSeconds;

        var extra = new JsonObject
        {
            ["queueCycles"] = cycles,
            ["queueCyclesPerSecond"] = Math.Round(cycles / queueSeconds, 1),
            ["tableUpserts"] = upserts,
            ["tableSeconds"] = Math.Round(tableSeconds, 3),
            ["tableUpsertsPerSecond"] = Math.Round(upserts / tableSeconds, 1),
        };
        return new BenchmarkResult("raw", AzureStorageBackend.BackendName, cycles, queueSeconds, extra);
    }

    /// <summary>The queue cycle rate of this run's <c>raw</c> scenario, or of 300 cycles measured now if it did not run.</summary>
    public static async Task<double> BaselineAsync(string connectionString)
    {
        _queueCyclesPerSecond ??= 300 / await MeasureQueueAsync(connectionString, 300);
        return _queueCyclesPerSecond.Value;
    }

    private static async Task<double> MeasureQueueAsync(string connectionString, int cycles)
    {
        var queue = new QueueClient(connectionString, "raw-" + Guid.NewGuid().ToString("N"));
        await queue.CreateAsync();
        try
        {
            return await WarmThenTimeAsync(cycles, async _ =>
            {
                await queue.SendMessageAsync(Body);
                var message = (await queue.ReceiveMessageAsync()).Value
                    ?? throw new InvalidOperationException($"Queue {queue.Name} returned no message right after one was sent to it.");
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            });
        }
        finally
        {
            await queue.DeleteAsync();
        }
    }

    private static async Task<double> MeasureTableAsync(string connectionString, int upserts)
    {
        var table = new TableClient(connectionString, "raw" + Guid.NewGuid().ToString("N"));
        await table.CreateAsync();
        try
        {
            return await WarmThenTimeAsync(upserts, async i =>
            {
                var entity = new TableEntity("raw", i.ToString("D8", CultureInfo.InvariantCulture)) { ["Body"] = Body };
                await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
            });
        }
        finally
        {
            await table.DeleteAsync();
        }
    }

    /// <summary>
    /// Runs <paramref name="operation"/> a few times untimed (JIT, connection), then <paramref name="count"/> times one
    /// after another; returns the seconds the latter took.
    /// </summary>
    private static async Task<double> WarmThenTimeAsync(int count, Func<int, Task> operation)
    {
        for (var i = 0; i < WarmUpOperations; i++)
        {
            await operation(-1 - i);
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await operation(i);
        }

        return EngineBench.Seconds(started);
    }
}
