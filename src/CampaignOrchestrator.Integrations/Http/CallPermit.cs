namespace CampaignOrchestrator.Integrations.Http;

/// <summary>A permit to make one call; disposing it marks the call as completed.</summary>
public sealed class CallPermit : IDisposable
{
    private SlidingWindowCallLimiter? _limiter;

    internal CallPermit(SlidingWindowCallLimiter limiter) => _limiter = limiter;

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref _limiter, null)?.Release();
}
