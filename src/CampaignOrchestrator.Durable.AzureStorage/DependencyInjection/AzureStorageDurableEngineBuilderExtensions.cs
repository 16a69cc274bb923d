using CampaignOrchestrator.Durable.AzureStorage;
using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Azure Storage backend.</summary>
public static class AzureStorageDurableEngineBuilderExtensions
{
    /// <summary>
    /// Uses one Azure Storage account (or Azurite) for everything the engine stores: the task hub's control and work-item
    /// queues, History and Instances tables and partition leases, application queues, the host's leases and idempotency
    /// records. Every name derives from <see cref="AzureStorageOptions.HubName"/>; the resources are created on first use.
    /// Options are validated at first use.
    /// </summary>
    /// <param name="builder">The engine builder.</param>
    /// <param name="configure">Sets the connection (string, or service URIs with a credential), hub name and partitions.</param>
    /// <returns>The builder.</returns>
    public static DurableEngineBuilder UseAzureStorage(this DurableEngineBuilder builder, Action<AzureStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<AzureStorageOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new StorageAccount(provider.GetRequiredService<IOptions<AzureStorageOptions>>().Value));
        services.TryAddSingleton(provider => new AzureOrchestrationStore(
            provider.GetRequiredService<StorageAccount>(), provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<AzureOrchestrationStore>>()));
        services.TryAddSingleton<IOrchestrationStore>(provider => provider.GetRequiredService<AzureOrchestrationStore>());
        services.TryAddSingleton<IAppQueueStore>(provider => new AzureAppQueueStore(
            provider.GetRequiredService<StorageAccount>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ILeaseStore>(provider => new AzureLeaseStore(
            provider.GetRequiredService<StorageAccount>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IIdempotencyStore>(provider => new AzureIdempotencyStore(
            provider.GetRequiredService<StorageAccount>(), provider.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
