using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>When the scheduler starts runs of the campaign (<c>schedule</c>).</summary>
public sealed record CampaignSchedule
{
    /// <summary>The time zone used when none is given.</summary>
    public const string DefaultTimeZone = "UTC";

    /// <summary>Gets the cron expression: five fields (minute, hour, day of month, month, day of week).</summary>
    [JsonPropertyName("cron")]
    public required string Cron { get; init; }

    /// <summary>Gets the IANA time zone the expression is read in.</summary>
    /// <value>Defaults to <see cref="DefaultTimeZone"/>.</value>
    [JsonPropertyName("timeZone")]
    public string TimeZone { get; init; } = DefaultTimeZone;

    /// <summary>Gets which occurrences missed while the scheduler was down are run.</summary>
    /// <value>Defaults to <see cref="CatchUpPolicy.Latest"/>.</value>
    [JsonPropertyName("catchUp")]
    public CatchUpPolicy CatchUp { get; init; } = CatchUpPolicy.Latest;

    /// <summary>Gets the largest number of missed occurrences run with <see cref="CatchUpPolicy.All"/>; <see langword="null"/> for the scheduler's default.</summary>
    [JsonPropertyName("maxCatchUp")]
    public int? MaxCatchUp { get; init; }
}
