using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>Checks a run makes before it sends anything (<c>preflight</c>).</summary>
public sealed record PreflightChecks
{
    /// <summary>
    /// Gets whether the survey must be open (not closed, paused, suspended or quota-full) for the run to go on.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    [JsonPropertyName("requireOpen")]
    public bool RequireOpen { get; init; } = true;
}
