using System.Text.Json.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The <c>micropanel.sendOptions</c> part: automatic closure and notification.</summary>
public sealed record MicropanelSendOptionsDefinition
{
    /// <summary>
    /// Gets the automatic closure (<c>enabled</c>, default <see langword="true"/>; <c>closureDateTime</c> as
    /// <c>MM/dd/yyyy HH:mm</c>; <c>responseQuota</c>); <see langword="null"/> for none.
    /// </summary>
    [JsonPropertyName("automaticClosure")]
    public AutomaticClosure? AutomaticClosure { get; init; }

    /// <summary>Gets whether members also get an email (<c>enableEmailInvitation</c>); <see langword="null"/> for the vendor's default.</summary>
    [JsonPropertyName("notification")]
    public MicropanelNotification? Notification { get; init; }
}
