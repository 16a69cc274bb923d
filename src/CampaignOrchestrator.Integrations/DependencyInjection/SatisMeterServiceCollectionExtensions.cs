using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.SatisMeter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SatisMeter client.</summary>
public static class SatisMeterServiceCollectionExtensions
{
    private const string Vendor = "satismeter";

    /// <summary>
    /// Registers <see cref="SatisMeterClient"/> with options bound from the <c>SatisMeter</c> configuration section,
    /// validated at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Optional changes applied after binding.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSatisMeter(this IServiceCollection services, Action<SatisMeterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SatisMeterOptions>().BindSectionIfConfigured(SatisMeterOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SatisMeterOptions>, SatisMeterOptionsValidator>());
        services
            .AddHttpClient<SatisMeterClient>((sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<SatisMeterOptions>>().Value.BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddVendorPipeline(Vendor, sp =>
            {
                var options = sp.GetRequiredService<IOptions<SatisMeterOptions>>().Value;
                return new VendorPipelineSettings(options.WriteKey, options.RateLimit, options.Resilience);
            });
        return services;
    }
}
