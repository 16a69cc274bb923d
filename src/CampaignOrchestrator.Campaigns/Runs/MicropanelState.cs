using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Where the micropanel batch stands.</summary>
public sealed class MicropanelState
{
    /// <summary>Gets or sets the batch; <see langword="null"/> until created.</summary>
    public long? BatchId { get; set; }

    /// <summary>Gets or sets when it was created (or recorded by an operator).</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>Gets or sets whether the run goes on without it (an operator's "skip").</summary>
    public bool Skipped { get; set; }

    /// <summary>Gets or sets the vendor's latest status text.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets whether the batch is closed.</summary>
    public bool IsClosed { get; set; }

    /// <summary>Gets or sets how an operator settled it, if one did.</summary>
    public string? Note { get; set; }

    /// <summary>Gets whether nothing is left to do to create it.</summary>
    [JsonIgnore]
    public bool IsSettled => BatchId is not null || Skipped;
}
