using CampaignOrchestrator.Host.Configuration;
using CampaignOrchestrator.Host.Health;
using CampaignOrchestrator.Host.Telemetry;

namespace CampaignOrchestrator.Host.Hosting;

/// <summary>What every part of the host shares: configuration files, problem details, health, telemetry, logging without secrets.</summary>
internal static class HostApplicationExtensions
{
    /// <summary>The liveness probe.</summary>
    public const string AlivePath = "/alive";

    /// <summary>The readiness probe.</summary>
    public const string HealthPath = "/health";

    /// <summary>Adds Azure Functions' <c>host.json</c> and <c>local.settings.json</c> from the content root to the configuration.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddFunctionsConfiguration(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddFunctionsConfigurationFiles(builder.Environment.ContentRootPath);
        return builder;
    }

    /// <summary>
    /// Adds RFC 9457 problem details for every error, health checks, telemetry and the default listening address, and
    /// keeps ASP.NET Core's request lines (which print full URLs, keys included) out of the logs.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder)
    {
        builder.UseDefaultAddress();
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        builder.AddHealthChecks();
        builder.AddHostTelemetry();
        return builder;
    }

    /// <summary>Adds the middleware: request log, problem details for exceptions and bare status codes, keys.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication UseHostDefaults(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Returns whether a path is one of the probes, which are neither logged per request nor traced.</summary>
    /// <param name="path">The request path.</param>
    /// <returns><see langword="true"/> for <c>/alive</c> and <c>/health</c>.</returns>
    public static bool IsProbe(PathString path) =>
        path.Equals(AlivePath, StringComparison.OrdinalIgnoreCase) || path.Equals(HealthPath, StringComparison.OrdinalIgnoreCase);
}
