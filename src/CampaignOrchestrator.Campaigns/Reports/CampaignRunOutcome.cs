using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Reports;

/// <summary>How a campaign run ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CampaignRunOutcome>))]
public enum CampaignRunOutcome
{
    /// <summary>The email waves' taken responses reached <c>monitoring.takenTarget</c> (<c>target-reached</c>).</summary>
    [JsonStringEnumMemberName("target-reached")]
    TargetReached,

    /// <summary>The deadline or <c>runFor</c> passed (<c>deadline</c>).</summary>
    [JsonStringEnumMemberName("deadline")]
    Deadline,

    /// <summary>An operator raised the <c>stop</c> event (<c>stopped</c>).</summary>
    [JsonStringEnumMemberName("stopped")]
    Stopped,

    /// <summary>The micropanel batch closed and <c>monitoring.stopWhenMicropanelCloses</c> is set (<c>micropanel-closed</c>).</summary>
    [JsonStringEnumMemberName("micropanel-closed")]
    MicropanelClosed,

    /// <summary>The preflight found the survey closed, paused, suspended or quota-full; nothing was sent (<c>preflight-stopped</c>).</summary>
    [JsonStringEnumMemberName("preflight-stopped")]
    PreflightStopped,

    /// <summary>The approval was rejected, or timed out with <c>onTimeout: reject</c>; nothing was sent (<c>rejected</c>).</summary>
    [JsonStringEnumMemberName("rejected")]
    Rejected,
}
