using CampaignOrchestrator.Benchmarks.Engine;
using CampaignOrchestrator.Benchmarks.Engine.Sqlite;

namespace CampaignOrchestrator.Benchmarks;

/// <summary>Runs one named scenario (or <c>all</c>) and prints one JSON line per scenario.</summary>
internal static class BenchmarkRunner
{
    private static readonly Dictionary<string, Scenario> Scenarios = new(StringComparer.OrdinalIgnoreCase)
    {
        ["raw"] = new(RawScenario.RunAsync, EngineBackend.Names),
        ["sequence"] = new(SequenceScenario.RunAsync, EngineBackend.Names),
        ["fanout"] = new(FanOutScenario.RunAsync, EngineBackend.Names),
        ["orchestrations"] = new(OrchestrationsScenario.RunAsync, EngineBackend.Names),
        ["timers"] = new(TimersScenario.RunAsync, EngineBackend.Names),
        ["idle"] = new(IdleScenario.RunAsync, EngineBackend.Names),
        ["questionpro-ratelimit"] = new(QuestionProRateLimitScenario.RunAsync, Backends: []),
        ["inbound"] = new(Inbound.InboundScenario.RunAsync, [SqliteBackend.BackendName]),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !(Scenarios.ContainsKey(args[0]) || args[0].Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            await Console.Error.WriteLineAsync($"usage: <scenario> [--name value ...]; scenarios: {string.Join(", ", Scenarios.Keys)}, all");
            return 2;
        }

        try
        {
            await RunAsync(args[0], BenchmarkArguments.Parse(args[1..]));
            return 0;
        }
        catch (BenchmarkOptionException error)
        {
            // A bad option: the message names it and the rule; a stack trace would add nothing.
            await Console.Error.WriteLineAsync(error.Message);
            return 2;
        }
    }

    private static async Task RunAsync(string selected, BenchmarkArguments arguments)
    {
        var backend = EngineBackend.Select(arguments).Name;
        var all = selected.Equals("all", StringComparison.OrdinalIgnoreCase);
        foreach (var (name, scenario) in all ? Scenarios.ToList() : [new(selected, Scenarios[selected])])
        {
            if (!scenario.RunsOn(backend))
            {
                // A scenario named on its own says why it cannot run; 'all' runs what can.
                var message = $"{name} runs on {string.Join(", ", scenario.Backends)} only, not on --backend {backend}.";
                if (!all)
                {
                    throw new BenchmarkOptionException(message);
                }

                await Console.Error.WriteLineAsync("skipped: " + message);
                continue;
            }

            var result = await scenario.Run(arguments);
            Console.WriteLine(result.ToJson());
        }
    }

    /// <summary>A scenario and the backends it runs on (none listed: it does not use one).</summary>
    private sealed record Scenario(Func<BenchmarkArguments, Task<BenchmarkResult>> Run, IReadOnlyList<string> Backends)
    {
        public bool RunsOn(string backend) => Backends.Count == 0 || Backends.Contains(backend);
    }
}
