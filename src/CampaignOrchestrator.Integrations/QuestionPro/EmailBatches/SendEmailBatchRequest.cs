using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>The body of <c>PUT /surveys/{surveyId}/batches/{batchId}</c>: sends an existing batch again (a reminder); modes 1 and 3 only.</summary>
public sealed record SendEmailBatchRequest
{
    /// <summary>Gets the mode: <see cref="EmailBatchMode.ListWithTemplate"/> or <see cref="EmailBatchMode.ListWithCustomTemplate"/>.</summary>
    [JsonPropertyName("mode")]
    public required EmailBatchMode Mode { get; init; }

    /// <summary>Gets the email list.</summary>
    [JsonPropertyName("emailListID")]
    public required long EmailListId { get; init; }

    /// <summary>Gets the existing template (mode 1).</summary>
    [JsonPropertyName("templateID")]
    public long? TemplateId { get; init; }

    /// <summary>Gets the custom template (mode 3).</summary>
    [JsonPropertyName("emailTemplate")]
    public EmailTemplate? EmailTemplate { get; init; }

    /// <summary>Creates a mode 1 reminder.</summary>
    /// <param name="emailListId">The list.</param>
    /// <param name="templateId">The template.</param>
    /// <returns>The request.</returns>
    public static SendEmailBatchRequest ForList(long emailListId, long templateId) =>
        new() { Mode = EmailBatchMode.ListWithTemplate, EmailListId = emailListId, TemplateId = templateId };

    /// <summary>Creates a mode 3 reminder.</summary>
    /// <param name="emailListId">The list.</param>
    /// <param name="template">The custom template.</param>
    /// <returns>The request.</returns>
    public static SendEmailBatchRequest ForList(long emailListId, EmailTemplate template) =>
        new() { Mode = EmailBatchMode.ListWithCustomTemplate, EmailListId = emailListId, EmailTemplate = template };
}
