using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

/// <summary>An email batch as QuestionPro returns it.</summary>
public sealed record EmailBatch
{
    /// <summary>Gets the batch id.</summary>
    [JsonPropertyName("emailBatchID")]
    public long EmailBatchId { get; init; }

    /// <summary>Gets the survey id.</summary>
    [JsonPropertyName("surveyID")]
    public long SurveyId { get; init; }

    /// <summary>Gets the id of the user who owns the batch.</summary>
    [JsonPropertyName("userID")]
    public long UserId { get; init; }

    /// <summary>Gets the batch name.</summary>
    public string? BatchName { get; init; }

    /// <summary>Gets the subject line.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the description, e.g. <c>Email List : Customers</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the body sent.</summary>
    public string? EmailText { get; init; }

    /// <summary>Gets the vendor's numeric status (meanings undocumented).</summary>
    public int Status { get; init; }

    /// <summary>Gets the vendor's numeric batch type (meanings undocumented).</summary>
    public int BatchType { get; init; }

    /// <summary>Gets the number of emails in the batch.</summary>
    public int EmailCount { get; init; }

    /// <summary>Gets the sender address.</summary>
    public string? EmailFrom { get; init; }

    /// <summary>Gets the sender name.</summary>
    public string? EmailFromName { get; init; }

    /// <summary>Gets the creation time as sent (e.g. <c>2020-11-05T07:14:29.000+00:00</c>).</summary>
    public string? CreationDate { get; init; }

    /// <summary>Gets the delivery and response counters.</summary>
    public EmailBatchStatistics? EmailBatchStatistics { get; init; }
}
