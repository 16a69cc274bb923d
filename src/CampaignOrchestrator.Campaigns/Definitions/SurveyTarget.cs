using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The QuestionPro survey of a campaign (<c>survey</c>).</summary>
public sealed record SurveyTarget
{
    /// <summary>Gets the survey id.</summary>
    [JsonPropertyName("id")]
    public required long Id { get; init; }

    /// <summary>
    /// Gets the datacenter that hosts the survey (<c>US</c>, <c>EU</c>, <c>CA</c>, <c>SG</c>, <c>AU</c>, <c>AE</c>,
    /// <c>SA</c>, <c>KSA</c>); <see langword="null"/> for the configured one (<c>QuestionPro:Datacenter</c>).
    /// </summary>
    [JsonPropertyName("datacenter")]
    public string? Datacenter { get; init; }
}
