namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>
/// The scale-out test runs alone: it starts two host processes that keep both cores and the shared Azurite busy for
/// about a minute, and paces a kill against their progress, which other tests competing for them would distort.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScaleOutTestGroup
{
    public const string Name = "Scale-out";
}
