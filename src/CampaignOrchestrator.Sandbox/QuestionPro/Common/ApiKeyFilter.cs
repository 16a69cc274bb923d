using CampaignOrchestrator.Sandbox.Common;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Sandbox.Data;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>
/// QuestionPro authentication (header <c>api-key</c> only), the per-key sliding-window rate limit, and the
/// read-only key's GET-only permission, in that order.
/// </summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public const string HeaderName = "api-key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var services = context.HttpContext.RequestServices;
        var catalog = services.GetRequiredService<SandboxCatalog>();
        var values = request.Headers[HeaderName];
        var apiKey = values.Count == 1 && !string.IsNullOrEmpty(values[0]) ? catalog.FindApiKey(values[0]!) : null;
        if (apiKey is null)
        {
            return QuestionProError.IncorrectApiKey().ToResult();
        }

        var limiter = services.GetRequiredService<VendorRateLimiters>().QuestionPro;
        var arrival = context.HttpContext.Items[FaultInjectionFilter.ArrivalKey] as DateTimeOffset?;
        if (!limiter.TryAcquire(apiKey.Key, arrival ?? services.GetRequiredService<SimulatedClock>().RealNow))
        {
            services.GetRequiredService<SandboxMetrics>().CountRateLimiterRejection();
            services.GetRequiredService<ILogger<ApiKeyFilter>>().RateLimited(request.Method, request.Path.Value ?? "");
            var limit = limiter.Options;
            return QuestionProError.TooManyRequests(
                $"Rate limit exceeded: at most {limit.PermitLimit} calls per {limit.Window.TotalSeconds:0.###} seconds per API key").ToResult();
        }

        if (apiKey.ReadOnly && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return QuestionProError.Forbidden().ToResult();
        }

        return await next(context);
    }
}
