namespace CampaignOrchestrator.Benchmarks;

/// <summary>Runs one named scenario (or <c>all</c>) and prints one JSON line per scenario.</summary>
internal static class BenchmarkRunner
{
    private static readonly Dictionary<string, Func<BenchmarkArguments, Task<BenchmarkResult>>> Scenarios = new(StringComparer.OrdinalIgnoreCase)
    {
        ["raw"] = Engine.RawScenario.RunAsync,
        ["sequence"] = Engine.SequenceScenario.RunAsync,
        ["fanout"] = Engine.FanOutScenario.RunAsync,
        ["orchestrations"] = Engine.OrchestrationsScenario.RunAsync,
        ["timers"] = Engine.TimersScenario.RunAsync,
        ["idle"] = Engine.IdleScenario.RunAsync,
        ["questionpro-ratelimit"] = QuestionProRateLimitScenario.RunAsync,
        ["inbound"] = Inbound.InboundScenario.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !(Scenarios.ContainsKey(args[0]) || args[0].Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            await Console.Error.WriteLineAsync($"usage: <scenario> [--name value ...]; scenarios: {string.Join(", ", Scenarios.Keys)}, all");
            return 2;
        }

        var arguments = BenchmarkArguments.Parse(args[1..]);
        var selected = args[0].Equals("all", StringComparison.OrdinalIgnoreCase) ? Scenarios.Values.ToList() : [Scenarios[args[0]]];
        foreach (var scenario in selected)
        {
            var result = await scenario(arguments);
            Console.WriteLine(result.ToJson());
        }

        return 0;
    }
}
