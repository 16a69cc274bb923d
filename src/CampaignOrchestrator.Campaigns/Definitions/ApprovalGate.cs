using System.Text.Json.Serialization;
using CampaignOrchestrator.Campaigns.Definitions.Json;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// An approval the run waits for before it sends anything (<c>approval</c>): the external event
/// <see cref="ApproveEventName"/> or <see cref="RejectEventName"/>, or the timeout.
/// </summary>
public sealed record ApprovalGate
{
    /// <summary>The external event that approves a waiting run.</summary>
    public const string ApproveEventName = "approve";

    /// <summary>The external event that rejects a waiting run.</summary>
    public const string RejectEventName = "reject";

    /// <summary>Gets how long the run waits for a decision (ISO 8601 duration in JSON, e.g. <c>P2D</c>).</summary>
    [JsonPropertyName("timeout")]
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public required TimeSpan Timeout { get; init; }

    /// <summary>Gets what happens when no decision arrives in time.</summary>
    /// <value>Defaults to <see cref="ApprovalTimeoutAction.Reject"/>.</value>
    [JsonPropertyName("onTimeout")]
    public ApprovalTimeoutAction OnTimeout { get; init; } = ApprovalTimeoutAction.Reject;
}
