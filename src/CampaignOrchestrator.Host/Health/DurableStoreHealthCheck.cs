using CampaignOrchestrator.Durable.Backend.Orchestrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignOrchestrator.Host.Health;

/// <summary>Ready when the durable store answers a cheap query (one instance, no input).</summary>
/// <param name="store">The store.</param>
internal sealed class DurableStoreHealthCheck(IOrchestrationStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.QueryInstancesAsync(new InstanceQuery(PageSize: 1, IncludeInput: false), cancellationToken);
            return HealthCheckResult.Healthy("The durable store answers.");
        }
#pragma warning disable CA1031 // Any failure of the store means not ready; the probe reports it rather than failing itself.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The durable store does not answer.", exception);
        }
    }
}
