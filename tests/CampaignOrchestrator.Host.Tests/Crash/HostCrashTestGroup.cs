namespace CampaignOrchestrator.Host.Tests.Crash;

/// <summary>
/// Host crash tests run alone: each starts two host processes and paces a kill against a campaign's schedule, which
/// other tests competing for the same cores would make less predictable.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCrashTestGroup
{
    public const string Name = "Host crash";
}
