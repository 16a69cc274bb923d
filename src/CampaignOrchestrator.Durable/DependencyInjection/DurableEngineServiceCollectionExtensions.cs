using CampaignOrchestrator.Durable.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable engine.</summary>
public static class DurableEngineServiceCollectionExtensions
{
    /// <summary>Registers the engine's orchestrators and activities.</summary>
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
        return builder;
    }
}
