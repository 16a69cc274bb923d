using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Durable.Client;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Starts campaign runs so that an instance id is only ever started once.</summary>
public static class CampaignRunStarts
{
    /// <summary>
    /// Starts a run of a definition (a snapshot of it is the run's input) unless an instance with the id already exists,
    /// whatever its status, in one step in the store: running a campaign twice is never what asking for the same id again
    /// means, and two callers racing for one id (two schedulers, a retried HTTP call) start it once.
    /// </summary>
    /// <param name="client">The durable client.</param>
    /// <param name="definition">The validated definition.</param>
    /// <param name="instanceId">The run's instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when this call started the run; <see langword="false"/> when the id was taken.</returns>
    public static Task<bool> StartCampaignRunIfAbsentAsync(this DurableClient client, CampaignDefinition definition, string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(definition);
        return client.StartIfAbsentAsync(
            CampaignRunOrchestrator.Name, instanceId, new CampaignRunInput { Definition = definition }, cancellationToken: cancellationToken);
    }
}
