using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Durable.Client;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Starts campaign runs so that an instance id is only ever started once.</summary>
public static class CampaignRunStarts
{
    /// <summary>
    /// Starts a run of a definition (a snapshot of it is the run's input) unless an instance with the id already exists,
    /// whatever its status: the client would replace a finished instance, and running a campaign twice is never what
    /// asking for the same id again means.
    /// </summary>
    /// <param name="client">The durable client.</param>
    /// <param name="definition">The validated definition.</param>
    /// <param name="instanceId">The run's instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when this call started the run; <see langword="false"/> when the id was taken.</returns>
    public static async Task<bool> StartCampaignRunIfAbsentAsync(this DurableClient client, CampaignDefinition definition, string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(definition);
        if (await client.GetAsync(instanceId, cancellationToken: cancellationToken) is not null)
        {
            return false;
        }

        // Between the look-up and the start another caller may start the id too; the client then starts nothing more,
        // because the instance it finds is not finished (a run takes far longer than this window).
        await client.StartAsync(CampaignRunOrchestrator.Name, new CampaignRunInput { Definition = definition }, new StartOrchestrationOptions(instanceId), cancellationToken);
        return true;
    }
}
