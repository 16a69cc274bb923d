using CampaignOrchestrator.Host.Engine;
using CampaignOrchestrator.Host.Keys;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>
/// Builds the Durable Functions check-status payload (and its 202 response) for an instance, from the address the
/// request came to. Any endpoint that starts an orchestration answers with it, as Durable Functions'
/// <c>CreateCheckStatusResponse</c> does.
/// </summary>
/// <param name="durable">The task hub.</param>
/// <param name="keys">The key put in the URIs as <c>code</c>.</param>
internal sealed class CheckStatusPayloadBuilder(IOptions<DurableHostOptions> durable, IOptions<HostKeyOptions> keys)
{
    /// <summary>The <c>connection</c> every URI names, as Durable Functions' default storage connection.</summary>
    public const string ConnectionName = "Storage";

    /// <summary>Builds the payload.</summary>
    /// <param name="request">The request whose scheme, host and path base the URIs use.</param>
    /// <param name="instanceId">The instance (URL-safe, see <see cref="InstanceIds"/>).</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentException">The instance id is not URL-safe.</exception>
    public CheckStatusPayload Build(HttpRequest request, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (InstanceIds.Validate(instanceId) is { } error)
        {
            throw new ArgumentException(error, nameof(instanceId));
        }

        var query = $"taskHub={Uri.EscapeDataString(durable.Value.HubName)}&connection={ConnectionName}&code={Uri.EscapeDataString(keys.Value.Master ?? string.Empty)}";
        var instance = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{DurableManagementApi.BasePath}/instances/{instanceId}";
        return new CheckStatusPayload(
            instanceId,
            $"{instance}?{query}",
            $"{instance}/raiseEvent/{{eventName}}?{query}",
            $"{instance}/terminate?reason={{text}}&{query}",
            $"{instance}?{query}",
            $"{instance}/restart?{query}",
            $"{instance}/suspend?reason={{text}}&{query}",
            $"{instance}/resume?reason={{text}}&{query}");
    }

    /// <summary>Builds the 202 response: the payload, <c>Location</c> and <c>Retry-After: 10</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The result.</returns>
    public CheckStatusResult CreateResponse(HttpRequest request, string instanceId) => new(Build(request, instanceId));
}
