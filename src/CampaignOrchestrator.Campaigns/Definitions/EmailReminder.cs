using System.Text.Json.Serialization;
using CampaignOrchestrator.Campaigns.Definitions.Json;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// A reminder of an email wave (an item of <c>reminders</c>): the wave's batch sent again, to its list, with an existing
/// (mode 1) or custom (mode 3) template. It is due <see cref="After"/> the wave was sent and, when
/// <see cref="WhileTakenRateBelow"/> is set, sent only if the batch's taken/sent ratio is still below it then.
/// </summary>
public sealed record EmailReminder
{
    /// <summary>Gets the delay after the wave was sent; <see langword="null"/> for the first monitoring poll after the send.</summary>
    [JsonPropertyName("after")]
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public TimeSpan? After { get; init; }

    /// <summary>Gets the taken/sent ratio (greater than 0, at most 1) below which the reminder is sent; <see langword="null"/> to send regardless.</summary>
    [JsonPropertyName("whileTakenRateBelow")]
    public double? WhileTakenRateBelow { get; init; }

    /// <summary>Gets the send mode: <see cref="EmailBatchMode.ListWithTemplate"/> (1) or <see cref="EmailBatchMode.ListWithCustomTemplate"/> (3).</summary>
    [JsonPropertyName("mode")]
    [JsonConverter(typeof(NumericEnumJsonConverter<EmailBatchMode>))]
    public required EmailBatchMode Mode { get; init; }

    /// <summary>Gets the existing template (mode 1 only).</summary>
    [JsonPropertyName("templateId")]
    public long? TemplateId { get; init; }

    /// <summary>Gets the custom template (mode 3 only); its content must contain <c>&lt;SURVEY_LINK&gt;</c>.</summary>
    [JsonPropertyName("emailTemplate")]
    public EmailTemplate? EmailTemplate { get; init; }

    /// <summary>Builds the request that sends the wave's batch again.</summary>
    /// <param name="emailListId">The wave's list (<see cref="EmailWave.EmailListId"/>); QuestionPro requires the batch's own list.</param>
    /// <returns>The request for <see cref="QuestionProEmailBatchClient.SendAsync"/>.</returns>
    public SendEmailBatchRequest ToSendRequest(long emailListId) => new()
    {
        Mode = Mode,
        EmailListId = emailListId,
        TemplateId = TemplateId,
        EmailTemplate = EmailTemplate,
    };
}
