namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>
/// The chosen backend's bare rate with its plain client library, one operation after another: the physical limit the
/// engine's figures are compared with (SQLite: one-row write transactions; Azure Storage: queue send/receive/delete
/// cycles and table upserts).
/// </summary>
internal static class RawScenario
{
    public static Task<BenchmarkResult> RunAsync(BenchmarkArguments arguments) => EngineBackend.Select(arguments).RunRawAsync(arguments);
}
