using CampaignOrchestrator.Campaigns.Scheduling;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>
/// The scheduled runs of a campaign, read from the instances whose ids are scheduled-run ids. The scheduler takes its
/// high-water mark (the last occurrence handled) from here rather than from a table of its own; see
/// <see cref="CampaignScheduler"/> for why.
/// </summary>
/// <param name="client">The durable client.</param>
internal sealed class ScheduledRunHistory(DurableClient client)
{
    /// <summary>Lists a campaign's scheduled runs, oldest occurrence first.</summary>
    /// <param name="campaign">The campaign name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The runs.</returns>
    public async Task<IReadOnlyList<ScheduledRun>> ListAsync(string campaign, CancellationToken cancellationToken)
    {
        var query = new InstanceQuery(InstanceIdPrefix: ScheduledRunIds.PrefixOf(campaign), IncludeInput: false);
        var runs = new List<ScheduledRun>();
        await foreach (var instance in client.QueryAllAsync(query, cancellationToken))
        {
            if (ScheduledRunIds.TryReadOccurrence(campaign, instance.InstanceId, out var occurrence))
            {
                runs.Add(new ScheduledRun(instance.InstanceId, occurrence, instance.Status));
            }
        }

        runs.Sort((left, right) => left.Occurrence.CompareTo(right.Occurrence));
        return runs;
    }
}
