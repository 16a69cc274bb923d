using System.Text.Json.Serialization;
using CampaignOrchestrator.Campaigns.Definitions.Json;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The <c>micropanel.recipients</c> part: who is invited.</summary>
public sealed record MicropanelRecipientsDefinition
{
    /// <summary>Gets the selection: 1 every verified member, 2 one member by <see cref="EmailAddress"/>, 3 an existing filter by <see cref="ExistingFilterId"/>.</summary>
    [JsonPropertyName("filterType")]
    [JsonConverter(typeof(NumericEnumJsonConverter<MicropanelFilterType>))]
    public required MicropanelFilterType FilterType { get; init; }

    /// <summary>Gets the member's address (filter type 2 only).</summary>
    [JsonPropertyName("emailAddress")]
    public string? EmailAddress { get; init; }

    /// <summary>Gets the existing filter (filter type 3 only).</summary>
    [JsonPropertyName("existingFilterId")]
    public long? ExistingFilterId { get; init; }
}
