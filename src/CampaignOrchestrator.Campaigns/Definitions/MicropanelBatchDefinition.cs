using System.Text.Json.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// The micropanel (community) batch of a campaign (<c>micropanel</c>): QuestionPro's create-batch request without the
/// survey id, which comes from <see cref="CampaignDefinition.Survey"/>. <see cref="ToRequest"/> builds the request.
/// </summary>
public sealed record MicropanelBatchDefinition
{
    /// <summary>Gets the languages, template and incentives.</summary>
    [JsonPropertyName("compose")]
    public required MicropanelComposeDefinition Compose { get; init; }

    /// <summary>Gets who is invited.</summary>
    [JsonPropertyName("recipients")]
    public required MicropanelRecipientsDefinition Recipients { get; init; }

    /// <summary>Gets the automatic closure and notification options; <see langword="null"/> for the vendor's defaults.</summary>
    [JsonPropertyName("sendOptions")]
    public MicropanelSendOptionsDefinition? SendOptions { get; init; }

    /// <summary>Builds the request that creates the batch.</summary>
    /// <param name="surveyId">The campaign's survey (<see cref="SurveyTarget.Id"/>).</param>
    /// <returns>The request for <see cref="QuestionProMicropanelClient.CreateBatchAsync"/>.</returns>
    public CreateMicropanelBatchRequest ToRequest(long surveyId) => new()
    {
        Compose = new MicropanelCompose
        {
            SurveyId = surveyId,
            SurveyAlias = Compose.SurveyAlias,
            SurveyLength = Compose.SurveyLength,
            SurveyLanguageId = Compose.SurveyLanguageId,
            TemplateId = Compose.TemplateId,
            TemplateLanguageId = Compose.TemplateLanguageId,
            AllowMultipleResponses = Compose.AllowMultipleResponses,
            Incentives = Compose.Incentives,
        },
        Recipients = new MicropanelRecipients
        {
            FilterType = Recipients.FilterType,
            EmailAddress = Recipients.EmailAddress,
            ExistingFilterId = Recipients.ExistingFilterId,
        },
        Send = SendOptions is null
            ? null
            : new MicropanelSendOptions(
                SendOptions.AutomaticClosure is null ? null : new MicropanelDeliveryOptions(SendOptions.AutomaticClosure),
                SendOptions.Notification),
    };
}
