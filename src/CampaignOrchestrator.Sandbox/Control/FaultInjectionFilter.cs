using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.Control;

/// <summary>
/// Counts every vendor call and injects the fault drawn for it. Runs outermost, so faults happen before
/// authentication and rate limiting, and "commit then" faults wrap the whole processing.
/// </summary>
internal sealed class FaultInjectionFilter(VendorKind vendor, string mountPrefix) : IEndpointFilter
{
    /// <summary>The <see cref="HttpContext.Items"/> key of the call's arrival time, so injected latency does not shift rate windows.</summary>
    public const string ArrivalKey = "CampaignOrchestrator.Sandbox.Arrival";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        http.Items[ArrivalKey] = services.GetRequiredService<SimulatedClock>().RealNow;
        var metrics = services.GetRequiredService<SandboxMetrics>();
        metrics.CountRequest(vendor);

        var vendorPath = VendorPathOf(http.Request.Path);
        var (fault, settings) = services.GetRequiredService<FaultInjector>().Draw(http.Request.Method, vendorPath);
        if (fault == FaultKind.None)
        {
            return await next(context);
        }

        metrics.CountFault(fault);
        services.GetRequiredService<ILogger<FaultInjectionFilter>>().FaultInjected(fault, http.Request.Method, vendorPath);
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        switch (fault)
        {
            case FaultKind.ServerError:
                return FaultResults.ServerError(vendor);
            case FaultKind.RateLimit:
                return FaultResults.TooManyRequests(vendor, retryAfterSeconds: null);
            case FaultKind.RateLimitWithRetryAfter:
                return FaultResults.TooManyRequests(vendor, settings.RetryAfterSeconds);
            case FaultKind.InvalidJson:
                return FaultResults.InvalidJson(vendor, http.Request);
            case FaultKind.Latency:
                try
                {
                    await DelayAsync(settings.LatencyMs, http.RequestAborted, stopping);
                }
                catch (OperationCanceledException)
                {
                    return FaultResults.ServiceUnavailable();
                }

                return await next(context);
            case FaultKind.Timeout:
                return await HoldAsync(settings.TimeoutMs, http.RequestAborted, stopping);
            case FaultKind.CommitThenError:
                await next(context);
                http.Response.Clear();
                return FaultResults.ServerError(vendor);
            default:
                await next(context);
                http.Response.Clear();
                return await HoldAsync(settings.TimeoutMs, http.RequestAborted, stopping);
        }
    }

    private string VendorPathOf(PathString path) =>
        path.StartsWithSegments(mountPrefix, StringComparison.OrdinalIgnoreCase, out var remaining) ? remaining.ToString() : path.ToString();

    // Fault delays model the network, so they use real time rather than the injected TimeProvider.
    private static async Task DelayAsync(int milliseconds, CancellationToken aborted, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        await Task.Delay(milliseconds, linked.Token);
    }

    private static async Task<IResult> HoldAsync(int timeoutMs, CancellationToken aborted, CancellationToken stopping)
    {
        try
        {
            await DelayAsync(timeoutMs > 0 ? timeoutMs : Timeout.Infinite, aborted, stopping);
            return FaultResults.GatewayTimeout();
        }
        catch (OperationCanceledException)
        {
            // The caller gave up (nothing reaches it any more) or the sandbox is stopping.
            return FaultResults.ServiceUnavailable();
        }
    }
}
