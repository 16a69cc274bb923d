using CampaignOrchestrator.Host.Hosting;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>Says at start-up which task hub and storage the host serves.</summary>
/// <param name="durable">The task hub.</param>
/// <param name="storage">The storage.</param>
/// <param name="logger">The logger.</param>
internal sealed class DurableHostStartupLog(IOptions<DurableHostOptions> durable, IOptions<StorageOptions> storage, ILogger<DurableHostStartupLog> logger)
    : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.Serving(durable.Value.HubName, storage.Value.Provider);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
