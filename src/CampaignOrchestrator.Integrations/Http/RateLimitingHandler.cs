namespace CampaignOrchestrator.Integrations.Http;

/// <summary>Holds every attempt until the credential's call budget admits it.</summary>
/// <param name="limiter">The shared limiter of the credential.</param>
internal sealed class RateLimitingHandler(SlidingWindowCallLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var permit = await limiter.AcquireAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
