namespace CampaignOrchestrator.Benchmarks;

/// <summary>A command-line option is missing a rule it must follow; the message names the option and the rule.</summary>
internal sealed class BenchmarkOptionException(string message) : Exception(message);
