namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// Keeps outbound HTTP calls in real time under a <see cref="ScaledTimeProvider"/>: the vendor clients' resilience
/// pipelines (attempt and total timeouts, retry back-off) take their timers from the host's clock, and at a scale of
/// 3600 a 30-second attempt timeout would be 8 ms. The handler is the outermost of every client the factory builds,
/// so every timer the pipeline creates for a call is a real-time one; budgets and dates still read simulated time.
/// </summary>
internal static class RealTimeVendorCalls
{
    /// <summary>Adds <see cref="RealTimeTimersHandler"/> in front of every <see cref="IHttpClientFactory"/> client.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRealTimeVendorCalls(this IServiceCollection services)
    {
        // Defaults are applied before each client's own configuration, so this handler wraps the clients' pipelines.
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new RealTimeTimersHandler()));
        return services;
    }

    /// <summary>Runs the rest of the handler chain inside <see cref="ScaledTimeProvider.UseRealTimeTimers"/>.</summary>
    internal sealed class RealTimeTimersHandler : DelegatingHandler
    {
        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var realTime = ScaledTimeProvider.UseRealTimeTimers();
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
