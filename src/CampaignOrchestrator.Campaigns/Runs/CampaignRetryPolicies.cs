using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// The durable retry policies of the campaign activities: transient failures (408, 429, 5xx, network, ambiguous sends
/// to reconcile) are retried with exponential backoff on durable timers; permanent ones fail at once.
/// </summary>
internal static class CampaignRetryPolicies
{
    /// <summary>Vendor calls: 8 attempts over about 45 minutes (30 s, 1, 2, 4, 8, 15, 15 min).</summary>
    public static RetryPolicy Vendor { get; } = new(8, TimeSpan.FromSeconds(30))
    {
        BackoffCoefficient = 2,
        MaxInterval = TimeSpan.FromMinutes(15),
        Handle = failure => failure.IsTransient,
    };

    /// <summary>Idempotency store updates (an operator's resend or use): any failure, 5 attempts.</summary>
    public static RetryPolicy Store { get; } = new(5, TimeSpan.FromSeconds(5)) { BackoffCoefficient = 2 };
}
