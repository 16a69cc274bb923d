using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.SatisMeter;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Sandbox;

/// <summary>Runs the vendor sandbox inside the host when <c>Sandbox:Enabled</c> is true.</summary>
internal static class SandboxHostExtensions
{
    /// <summary>The setting that turns the in-process sandbox on.</summary>
    public const string EnabledKey = "Sandbox:Enabled";

    /// <summary>
    /// When <c>Sandbox:Enabled</c> is true, starts the vendor sandbox in-process on a free loopback port, on the host's
    /// clock, and points the vendor clients at it (settings configured explicitly are kept).
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddVendorSandboxIfEnabled(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>(EnabledKey))
        {
            builder.Services.AddInProcessVendorSandbox(replaceConfiguredVendorSettings: false);
        }

        return builder;
    }

    /// <summary>Registers the in-process sandbox, its hosted service and the vendor settings that point at it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="replaceConfiguredVendorSettings">Whether explicitly configured vendor addresses and keys are replaced too.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInProcessVendorSandbox(this IServiceCollection services, bool replaceConfiguredVendorSettings)
    {
        services.AddSingleton<InProcessVendorSandbox>();
        services.AddSingleton(provider => new SandboxVendorSettings(
            provider.GetRequiredService<InProcessVendorSandbox>(),
            provider.GetRequiredService<IConfiguration>(),
            replaceConfiguredVendorSettings));
        services.AddSingleton<IPostConfigureOptions<QuestionProOptions>>(provider => provider.GetRequiredService<SandboxVendorSettings>());
        services.AddSingleton<IPostConfigureOptions<SatisMeterOptions>>(provider => provider.GetRequiredService<SandboxVendorSettings>());
        services.AddHostedService<SandboxHostedService>();
        return services;
    }
}
