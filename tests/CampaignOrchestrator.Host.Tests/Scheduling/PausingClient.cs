using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>
/// A durable client that runs a pause (e.g. another process taking the lease) when the scheduler reads a campaign's
/// runs — after it checked the lease for the pass, before it starts anything.
/// </summary>
internal sealed class PausingClient(DurableClient inner, Func<Task> pause) : DurableClient
{
    public override async IAsyncEnumerable<InstanceState> QueryAllAsync(
        InstanceQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await pause();
        await foreach (var instance in inner.QueryAllAsync(query, cancellationToken))
        {
            yield return instance;
        }
    }

    public override Task<InstanceState?> GetAsync(string instanceId, bool includeHistory = false, CancellationToken cancellationToken = default) =>
        inner.GetAsync(instanceId, includeHistory, cancellationToken);

    public override Task<string> StartAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.StartAsync(orchestratorName, input, options, cancellationToken);

    public override Task<bool> StartIfAbsentAsync(
        string orchestratorName, string instanceId, object? input = null, DateTimeOffset? startAt = null, CancellationToken cancellationToken = default) =>
        inner.StartIfAbsentAsync(orchestratorName, instanceId, input, startAt, cancellationToken);
}
