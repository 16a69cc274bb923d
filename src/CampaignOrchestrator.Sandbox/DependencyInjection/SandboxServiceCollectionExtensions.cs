using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;
using CampaignOrchestrator.Sandbox.QuestionPro.EmailBatches;
using CampaignOrchestrator.Sandbox.QuestionPro.Micropanel;
using CampaignOrchestrator.Sandbox.QuestionPro.Respondent;
using CampaignOrchestrator.Sandbox.SatisMeter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox;

/// <summary>Registers the vendor sandbox's services.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>Adds the sandbox; the <see cref="TimeProvider"/> registered in <paramref name="services"/> is used (the system clock if none).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Changes to the default <see cref="SandboxOptions"/>.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddVendorSandbox(this IServiceCollection services, Action<SandboxOptions>? configure = null)
    {
        var options = services.AddOptions<SandboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services.AddSandboxServices();
    }

    /// <summary>Adds the sandbox with options bound from <paramref name="configuration"/> (the <c>Sandbox</c> section).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The configuration section to bind <see cref="SandboxOptions"/> from.</param>
    /// <param name="configure">Changes applied after binding.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddVendorSandbox(this IServiceCollection services, IConfiguration configuration, Action<SandboxOptions>? configure = null)
    {
        var options = services.AddOptions<SandboxOptions>().Bind(configuration);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services.AddSandboxServices();
    }

    private static IServiceCollection AddSandboxServices(this IServiceCollection services)
    {
        services.AddOptions<SandboxOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
            new SandboxCatalog(SandboxDataLoader.Load(provider.GetRequiredService<IOptions<SandboxOptions>>().Value.DataFile)));
        services.TryAddSingleton<SimulatedClock>();
        services.TryAddSingleton<Ledger>();
        services.TryAddSingleton<FaultInjector>();
        services.TryAddSingleton<SandboxMetrics>();
        services.TryAddSingleton<VendorRateLimiters>();
        services.TryAddSingleton<EmailBatchStore>();
        services.TryAddSingleton<MicropanelStore>();
        services.TryAddSingleton<SurveyTokenSigner>();
        services.TryAddSingleton<RespondentService>();
        services.TryAddSingleton<SatisMeterResponseStore>();
        services.TryAddSingleton(provider => new VendorSandbox(provider));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SandboxInitializer>());
        return services;
    }
}
