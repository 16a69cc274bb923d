using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro.Micropanel;

/// <summary>A micropanel batch as <c>GET /micropanel/batches/{id}</c> returns it (no per-recipient counters exist).</summary>
public sealed record MicropanelBatch
{
    /// <summary>Gets the batch id.</summary>
    public long Id { get; init; }

    /// <summary>Gets the survey.</summary>
    [JsonPropertyName("surveyID")]
    public long SurveyId { get; init; }

    /// <summary>Gets the sender.</summary>
    [JsonPropertyName("senderUserID")]
    public long SenderUserId { get; init; }

    /// <summary>Gets the status text, e.g. <c>Delivery Successful</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the creation time as sent.</summary>
    public string? CreationTimestamp { get; init; }
}

/// <summary>The answer to creating a micropanel batch.</summary>
public sealed record MicropanelBatchCreated
{
    /// <summary>Gets the new batch id.</summary>
    [JsonPropertyName("campaignBatchID")]
    public long CampaignBatchId { get; init; }

    /// <summary>Gets the vendor's message.</summary>
    public string? Message { get; init; }
}

/// <summary>A saved micropanel filter (a segment of members).</summary>
public sealed record MicropanelFilter
{
    /// <summary>Gets the segment id.</summary>
    public long PanelSegmentId { get; init; }

    /// <summary>Gets the filter name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the criteria as the vendor describes them.</summary>
    public System.Text.Json.JsonElement? Criteria { get; init; }
}
