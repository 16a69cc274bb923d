using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Keys;

/// <summary>Registers API keys.</summary>
internal static class ApiKeyServiceCollectionExtensions
{
    /// <summary>
    /// Requires the master key (<c>Host:Keys:Master</c>, validated at start-up) on every endpoint by default; an
    /// endpoint that must stay open says so with <c>AllowAnonymous()</c>.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddApiKeys(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<HostKeyOptions>().Bind(builder.Configuration.GetSection(HostKeyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostKeyOptions>, HostKeyOptionsValidator>();
        services.AddSingleton<HostKeyVerifier>();
        services.AddAuthentication(ApiKeyAuthentication.Scheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null);
        var keyRequired = new AuthorizationPolicyBuilder(ApiKeyAuthentication.Scheme).RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder().SetDefaultPolicy(keyRequired).SetFallbackPolicy(keyRequired);
        return builder;
    }
}
