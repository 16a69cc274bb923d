using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Host.Tests.TestSupport.Backends;

/// <summary>The stores of one "process" on a test's backend; disposing closes what the process opened.</summary>
internal sealed class BackendConnection(
    IOrchestrationStore orchestrations, IAppQueueStore appQueues, ILeaseStore leases, IDisposable? resources = null) : IAsyncDisposable
{
    public IOrchestrationStore Orchestrations => orchestrations;

    public IAppQueueStore AppQueues => appQueues;

    public ILeaseStore Leases => leases;

    public async ValueTask DisposeAsync()
    {
        if (orchestrations is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }

        resources?.Dispose();
    }
}
