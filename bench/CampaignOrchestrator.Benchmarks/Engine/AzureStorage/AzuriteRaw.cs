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
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < cycles; i++)
            {
                await queue.SendMessageAsync(Body);
                var message = (await queue.ReceiveMessageAsync()).Value
                    ?? throw new InvalidOperationException($"Queue {queue.Name} returned no message right after one was sent to it.");
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }

            return EngineBench.Seconds(started);
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
            var started = Stopwatch.GetTimestamp();
            for (var i = 0; i < upserts; i++)
            {
                var entity = new TableEntity("raw", i.ToString("D8", CultureInfo.InvariantCulture)) { ["Body"] = Body };
                await table.UpsertEntityAsync(entity, TableUpdateMode.Replace);
            }

            return EngineBench.Seconds(started);
        }
        finally
        {
            await table.DeleteAsync();
        }
    }
}
