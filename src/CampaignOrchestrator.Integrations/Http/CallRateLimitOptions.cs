using System.ComponentModel.DataAnnotations;

namespace CampaignOrchestrator.Integrations.Http;

/// <summary>A client-side call budget: at most <see cref="PermitLimit"/> calls in any <see cref="Window"/>.</summary>
public sealed class CallRateLimitOptions
{
    /// <summary>Gets or sets the calls allowed in any window.</summary>
    /// <value>Positive.</value>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }

    /// <summary>Gets or sets the window length.</summary>
    /// <value>Positive; at most one day.</value>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan Window { get; set; }

    /// <summary>Gets the rate the budget allows, in calls per second.</summary>
    public double CallsPerSecond => PermitLimit / Window.TotalSeconds;
}
