using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>A run that exists for an occurrence of a campaign's schedule.</summary>
/// <param name="InstanceId">The run's instance id (<c>{campaign}@{yyyyMMddTHHmmZ}</c>).</param>
/// <param name="Occurrence">The occurrence, in UTC.</param>
/// <param name="Status">The run's runtime status.</param>
internal sealed record ScheduledRun(string InstanceId, DateTimeOffset Occurrence, RuntimeStatus Status);
