using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Host.Management;
using CampaignOrchestrator.Host.Management.Payloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CampaignOrchestrator.Host.Campaigns;

/// <summary>
/// Starts campaign runs with a snapshot of their definition as input. An instance id that already exists, finished or
/// not, answers with that run instead of starting another: sending a campaign twice is never what a retried call means.
/// </summary>
/// <param name="client">The durable client.</param>
/// <param name="checkStatus">Builds the 202 answer.</param>
internal sealed class CampaignRunStarter(DurableClient client, CheckStatusPayloadBuilder checkStatus)
{
    /// <summary>Starts (or finds) a run.</summary>
    /// <param name="request">The request, for the URIs handed out.</param>
    /// <param name="definition">The validated definition.</param>
    /// <param name="instanceId">The requested instance id, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>202 with the check-status payload, or 400 for an instance id that is not URL-safe.</returns>
    public async Task<Results<CheckStatusResult, ValidationProblem, ProblemHttpResult>> StartAsync(
        HttpRequest request, CampaignDefinition definition, string? instanceId, CancellationToken cancellationToken)
    {
        var id = instanceId ?? $"{definition.Name}-{Guid.NewGuid():N}";
        if (InstanceIds.Validate(id) is { } error)
        {
            return ManagementProblems.Invalid("instanceId", error);
        }

        await client.StartCampaignRunIfAbsentAsync(definition, id, cancellationToken);
        return checkStatus.CreateResponse(request, id);
    }
}
