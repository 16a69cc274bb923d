using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>Which missed occurrences of a schedule are run once the scheduler is back (<c>schedule.catchUp</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CatchUpPolicy>))]
public enum CatchUpPolicy
{
    /// <summary>Only the most recent missed occurrence (<c>latest</c>).</summary>
    [JsonStringEnumMemberName("latest")]
    Latest,

    /// <summary>None; wait for the next occurrence (<c>none</c>).</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Every missed occurrence, up to <see cref="CampaignSchedule.MaxCatchUp"/> (<c>all</c>).</summary>
    [JsonStringEnumMemberName("all")]
    All,
}
