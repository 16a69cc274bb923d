using CampaignOrchestrator.Durable.Telemetry;
using CampaignOrchestrator.Host.Hosting;
using CampaignOrchestrator.Host.Queues;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CampaignOrchestrator.Host.Telemetry;

/// <summary>OpenTelemetry for the host: the engine's spans and metrics, the queue listener's metrics, ASP.NET Core and HttpClient, structured logs.</summary>
internal static class TelemetryExtensions
{
    /// <summary>The service name reported (overridden by <c>OTEL_SERVICE_NAME</c>).</summary>
    public const string ServiceName = "CampaignOrchestrator.Host";

    /// <summary>The setting that turns the OTLP exporter on.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Adds tracing and metrics for the engine (<see cref="DurableTelemetry.Name"/>), metrics for the queue listener
    /// (<see cref="QueueTelemetry.Name"/>), ASP.NET Core and HttpClient, and
    /// OpenTelemetry logging; exports over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Query strings in
    /// spans carry keys redacted; probes are not traced.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddHostTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(DurableTelemetry.Name)
                .AddMeter(QueueTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(DurableTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                {
                    aspNetCore.Filter = context => !HostApplicationExtensions.IsProbe(context.Request.Path);
                    aspNetCore.EnrichWithHttpRequest = (activity, request) =>
                    {
                        if (request.QueryString.HasValue)
                        {
                            activity.SetTag("url.query", QueryRedaction.Redact(request.QueryString).TrimStart('?'));
                        }
                    };
                })
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
