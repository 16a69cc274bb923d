using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>1,000 orchestrations of 5 sequential no-op activities each, all started at once.</summary>
internal static class OrchestrationsScenario
{
    public static async Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments)
    {
        EngineBench.ThrowIfBackendUnsupported(arguments);
        var orchestrations = arguments.Int("orchestrations", 1000);
        var steps = arguments.Int("steps", 5);
        await using var host = await EngineBench.StartAsync(arguments);

        var started = Stopwatch.GetTimestamp();
        var ids = new List<string>(orchestrations);
        for (var i = 0; i < orchestrations; i++)
        {
            ids.Add(await host.Client.StartAsync(nameof(SequenceBench), steps));
        }

        foreach (var id in ids)
        {
            BenchmarkResult.ThrowIfNotCompleted(await host.Client.WaitForCompletionAsync(id));
        }

        var seconds = EngineBench.Seconds(started);
        var extra = new JsonObject { ["activitiesPerSecond"] = Math.Round(orchestrations * steps / seconds, 1) };
        return new BenchmarkResult("orchestrations", EngineBench.Backend, orchestrations, seconds, await EngineBench.CompareWithRawAsync(orchestrations * steps / seconds, extra));
    }
}
