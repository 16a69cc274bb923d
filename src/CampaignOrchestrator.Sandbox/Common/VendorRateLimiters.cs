using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.Common;

/// <summary>The per-key rate limiters: QuestionPro's per API key, and SatisMeter's per write key when configured.</summary>
internal sealed class VendorRateLimiters(IOptions<SandboxOptions> options)
{
    public SlidingWindowRateLimiter QuestionPro { get; } = new(options.Value.QuestionProRateLimit);

    public SlidingWindowRateLimiter? SatisMeter { get; } =
        options.Value.SatisMeterRateLimit is { } limit ? new SlidingWindowRateLimiter(limit) : null;

    public void Clear()
    {
        QuestionPro.Clear();
        SatisMeter?.Clear();
    }
}
