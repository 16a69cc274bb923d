using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>The body of <c>POST /surveys/{surveyId}/batches</c>: creates a batch and sends its invitations.</summary>
public sealed record CreateEmailBatchRequest
{
    /// <summary>Gets how recipients and message are chosen.</summary>
    [JsonPropertyName("mode")]
    public required EmailBatchMode Mode { get; init; }

    /// <summary>Gets the email list (modes 1 and 3).</summary>
    [JsonPropertyName("emailListID")]
    public long? EmailListId { get; init; }

    /// <summary>Gets the individual addresses (modes 2 and 4).</summary>
    [JsonPropertyName("emails")]
    public IReadOnlyList<string>? Emails { get; init; }

    /// <summary>Gets the existing template (modes 1 and 2).</summary>
    [JsonPropertyName("templateID")]
    public long? TemplateId { get; init; }

    /// <summary>Gets the custom template (modes 3 and 4).</summary>
    [JsonPropertyName("emailTemplate")]
    public EmailTemplate? EmailTemplate { get; init; }

    /// <summary>Gets an optional batch name.</summary>
    [JsonPropertyName("batchName")]
    public string? BatchName { get; init; }

    /// <summary>Creates a mode 1 request: an existing list and an existing template.</summary>
    /// <param name="emailListId">The list.</param>
    /// <param name="templateId">The template.</param>
    /// <returns>The request.</returns>
    public static CreateEmailBatchRequest ForList(long emailListId, long templateId) =>
        new() { Mode = EmailBatchMode.ListWithTemplate, EmailListId = emailListId, TemplateId = templateId };

    /// <summary>Creates a mode 3 request: an existing list and a custom template.</summary>
    /// <param name="emailListId">The list.</param>
    /// <param name="template">The custom template.</param>
    /// <returns>The request.</returns>
    public static CreateEmailBatchRequest ForList(long emailListId, EmailTemplate template) =>
        new() { Mode = EmailBatchMode.ListWithCustomTemplate, EmailListId = emailListId, EmailTemplate = template };

    /// <summary>Creates a mode 2 request: individual addresses and an existing template.</summary>
    /// <param name="emails">The addresses.</param>
    /// <param name="templateId">The template.</param>
    /// <returns>The request.</returns>
    public static CreateEmailBatchRequest ForAddresses(IReadOnlyList<string> emails, long templateId) =>
        new() { Mode = EmailBatchMode.AddressesWithTemplate, Emails = emails, TemplateId = templateId };

    /// <summary>Creates a mode 4 request: individual addresses and a custom template.</summary>
    /// <param name="emails">The addresses.</param>
    /// <param name="template">The custom template.</param>
    /// <returns>The request.</returns>
    public static CreateEmailBatchRequest ForAddresses(IReadOnlyList<string> emails, EmailTemplate template) =>
        new() { Mode = EmailBatchMode.AddressesWithCustomTemplate, Emails = emails, EmailTemplate = template };
}
