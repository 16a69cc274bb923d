using CampaignOrchestrator.Campaigns.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the campaign catalog.</summary>
public static class CampaignCatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICampaignCatalog"/> as a <see cref="FileCampaignCatalog"/> with options bound from the
    /// <c>Campaigns</c> configuration section (when the container has configuration), validated at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Optional changes applied after binding.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCampaignCatalog(this IServiceCollection services, Action<CampaignCatalogOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CampaignCatalogOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(CampaignCatalogOptions.SectionName).Bind(o));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CampaignCatalogOptions>, CampaignCatalogOptionsValidator>());
        services.TryAddSingleton<ICampaignCatalog, FileCampaignCatalog>();
        return services;
    }
}
