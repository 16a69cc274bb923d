using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>Orchestrations of 5 sequential no-op activities each (1,000 on SQLite, 200 on Azure Storage), all started at once.</summary>
internal static class OrchestrationsScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        var backend = EngineBackend.Select(arguments);
        var orchestrations = backend.Size(arguments, "orchestrations", onSqlite: 1000, onAzureStorage: 200);
        var steps = arguments.Int("steps", 5);
        await using var bench = await EngineBench.StartAsync(arguments, backend, "orchestrations");

        var started = Stopwatch.GetTimestamp();
        var ids = new List<string>(orchestrations);
        for (var i = 0; i < orchestrations; i++)
        {
            ids.Add(await bench.Client.StartAsync(nameof(SequenceBench), steps));
        }

        foreach (var id in ids)
        {
            BenchmarkResult.ThrowIfNotCompleted(await bench.Client.WaitForCompletionAsync(id));
        }

        var seconds = EngineBench.Seconds(started);
        var extra = new JsonObject { ["steps"] = steps, ["activitiesPerSecond"] = Math.Round(orchestrations * steps / seconds, 1) };
        return await bench.ComparedResultAsync("orchestrations", orchestrations, seconds, orchestrations * steps / seconds, extra);
    }
}
