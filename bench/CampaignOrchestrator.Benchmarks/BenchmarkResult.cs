using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Benchmarks;

/// <summary>One scenario's figures, printed as one JSON line.</summary>
internal sealed record BenchmarkResult(string Scenario, string Backend, int Items, double Seconds, JsonObject? Extra = null)
{
    public double PerSecond => Items / Seconds;

    /// <summary>Stops the run when an orchestration did not complete: its figures would mean nothing.</summary>
    public static void ThrowIfNotCompleted(CampaignOrchestrator.Durable.Backend.Orchestrations.InstanceState state)
    {
        if (state.Status != CampaignOrchestrator.Durable.RuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"Instance {state.InstanceId} ended {state.Status}: {state.Failure}");
        }
    }

    public string ToJson()
    {
        using var process = Process.GetCurrentProcess();
        var line = new JsonObject
        {
            ["scenario"] = Scenario,
            ["backend"] = Backend,
            ["items"] = Items,
            ["seconds"] = Math.Round(Seconds, 3),
            ["perSecond"] = Math.Round(PerSecond, 2),
            ["peakWorkingSetMB"] = Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1),
        };
        foreach (var (name, value) in Extra ?? [])
        {
            line[name] = value?.DeepClone();
        }

        return line.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
