using CampaignOrchestrator.Host.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CampaignOrchestrator.Host.Health;

/// <summary>The probes: <c>/alive</c> (the process runs) and <c>/health</c> (the store answers). Both are open.</summary>
internal static class HealthApi
{
    private const string LiveTag = "live";

    /// <summary>Registers the health checks.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<DurableStoreHealthCheck>("durable-store");
        return builder;
    }

    /// <summary>Maps <c>/alive</c> and <c>/health</c>, without keys.</summary>
    /// <param name="app">The routes.</param>
    /// <returns>The routes.</returns>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(HostApplicationExtensions.AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        app.MapHealthChecks(HostApplicationExtensions.HealthPath).AllowAnonymous();
        return app;
    }
}
