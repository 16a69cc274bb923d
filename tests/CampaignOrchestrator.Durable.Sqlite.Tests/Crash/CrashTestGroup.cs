namespace CampaignOrchestrator.Durable.Sqlite.Tests.Crash;

/// <summary>
/// Crash tests run alone: they pace a child process against the clock (the kill must land part-way through a fan-out),
/// which other tests competing for the same cores would make less predictable.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashTestGroup
{
    public const string Name = "Crash";
}
