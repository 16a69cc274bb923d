using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable engine.</summary>
public static class DurableEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine: its orchestrators and activities, the <see cref="DurableClient"/>, the
    /// <see cref="DurableWorker"/> as a hosted service (options in <see cref="DurableWorkerOptions"/>) and the
    /// <see cref="EffectGuard"/> for activities with external effects. A backend must be
    /// registered too (for example <c>UseSqlite</c> on the returned builder).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds orchestrators and activities.</param>
    /// <returns>The builder, for backend registrations.</returns>
    public static DurableEngineBuilder AddDurableEngine(this IServiceCollection services, Action<DurableEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new DurableEngineBuilder(services);
        configure(builder);
        services.AddSingleton(builder.Build());
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DurableWorkerOptions>().Validate(
            options =>
            {
                options.Validate();
                return true;
            });
        services.TryAddSingleton(provider => new EngineSignals(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new DurableClient(
            provider.GetRequiredService<IOrchestrationStore>(),
            provider.GetRequiredService<DurableRegistry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<EngineSignals>()));
        services.TryAddSingleton(provider => new DurableWorker(
            provider.GetRequiredService<IOrchestrationStore>(),
            provider.GetRequiredService<DurableRegistry>(),
            provider,
            provider.GetRequiredService<IOptions<DurableWorkerOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DurableWorker>>(),
            provider.GetRequiredService<EngineSignals>()));
        services.AddHostedService(provider => provider.GetRequiredService<DurableWorker>());
        services.TryAddSingleton<EffectGuard>();
        return builder;
    }
}
