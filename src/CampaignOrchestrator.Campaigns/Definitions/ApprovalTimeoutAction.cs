using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>What a run does when its approval times out (<c>approval.onTimeout</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApprovalTimeoutAction>))]
public enum ApprovalTimeoutAction
{
    /// <summary>The run ends without sending anything (<c>reject</c>).</summary>
    [JsonStringEnumMemberName("reject")]
    Reject,

    /// <summary>The run goes on as if approved (<c>approve</c>).</summary>
    [JsonStringEnumMemberName("approve")]
    Approve,
}
