using System.Text.Json.Serialization;
using CampaignOrchestrator.Campaigns.Definitions.Json;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// One email invitation wave (an item of <c>emailInvites</c>): a QuestionPro email batch created for a list, in mode 1
/// (existing template) or mode 3 (custom template), optionally delayed, followed by its reminders.
/// </summary>
public sealed record EmailWave
{
    /// <summary>Gets the wave name, unique within the campaign (case-insensitively).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets the batch mode: <see cref="EmailBatchMode.ListWithTemplate"/> (1) or <see cref="EmailBatchMode.ListWithCustomTemplate"/> (3).</summary>
    [JsonPropertyName("mode")]
    [JsonConverter(typeof(NumericEnumJsonConverter<EmailBatchMode>))]
    public required EmailBatchMode Mode { get; init; }

    /// <summary>Gets the QuestionPro email list.</summary>
    [JsonPropertyName("emailListId")]
    public required long EmailListId { get; init; }

    /// <summary>Gets the existing template (mode 1 only).</summary>
    [JsonPropertyName("templateId")]
    public long? TemplateId { get; init; }

    /// <summary>Gets the custom template (mode 3 only); its content must contain <c>&lt;SURVEY_LINK&gt;</c>.</summary>
    [JsonPropertyName("emailTemplate")]
    public EmailTemplate? EmailTemplate { get; init; }

    /// <summary>Gets the batch name sent to QuestionPro; <see langword="null"/> for none.</summary>
    [JsonPropertyName("batchName")]
    public string? BatchName { get; init; }

    /// <summary>Gets the delay from the start of the run (after preflight and approval); <see langword="null"/> to send at once.</summary>
    [JsonPropertyName("startAfter")]
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public TimeSpan? StartAfter { get; init; }

    /// <summary>Gets the reminders sent to the same batch, in definition order.</summary>
    [JsonPropertyName("reminders")]
    public IReadOnlyList<EmailReminder> Reminders { get; init; } = [];

    /// <summary>Builds the request that creates this wave's batch, named <see cref="BatchName"/>.</summary>
    /// <returns>The request for <see cref="QuestionProEmailBatchClient.CreateAsync"/>.</returns>
    public CreateEmailBatchRequest ToCreateRequest() => ToCreateRequest(BatchName);

    /// <summary>Builds the request that creates this wave's batch under another name (e.g. one that identifies the run).</summary>
    /// <param name="batchName">The batch name to send; <see langword="null"/> for none.</param>
    /// <returns>The request for <see cref="QuestionProEmailBatchClient.CreateAsync"/>.</returns>
    public CreateEmailBatchRequest ToCreateRequest(string? batchName) => new()
    {
        Mode = Mode,
        EmailListId = EmailListId,
        TemplateId = TemplateId,
        EmailTemplate = EmailTemplate,
        BatchName = batchName,
    };
}
