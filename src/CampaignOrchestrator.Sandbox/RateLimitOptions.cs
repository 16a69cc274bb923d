namespace CampaignOrchestrator.Sandbox;

/// <summary>An exact sliding-window rate limit: at most <see cref="PermitLimit"/> accepted calls within any <see cref="Window"/>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The most calls accepted within one window.</summary>
    /// <value>At least 1; defaults to 300.</value>
    public int PermitLimit { get; set; } = 300;

    /// <summary>The length of the sliding window.</summary>
    /// <value>Positive; defaults to 60 seconds.</value>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(60);
}
