using System.Text.Json.Serialization;
using CampaignOrchestrator.Campaigns.Definitions.Json;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>
/// How a run watches its batches and when it stops (<c>monitoring</c>): at least one stop condition among
/// <see cref="Deadline"/>, <see cref="RunFor"/>, <see cref="TakenTarget"/> and <see cref="StopWhenMicropanelCloses"/>.
/// </summary>
public sealed record MonitoringPlan
{
    /// <summary>The poll interval used when none is given (15 minutes).</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMinutes(15);

    /// <summary>The shortest poll interval allowed (1 minute), to stay far below the vendor's rate limits.</summary>
    public static readonly TimeSpan MinimumPollInterval = TimeSpan.FromMinutes(1);

    /// <summary>Gets the time between two statistics polls (ISO 8601 duration in JSON).</summary>
    /// <value>Defaults to <see cref="DefaultPollInterval"/>; at least <see cref="MinimumPollInterval"/>.</value>
    [JsonPropertyName("pollInterval")]
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public TimeSpan PollInterval { get; init; } = DefaultPollInterval;

    /// <summary>Gets the instant (UTC) at which the run stops; <see langword="null"/> for none. Not together with <see cref="RunFor"/>.</summary>
    [JsonPropertyName("deadline")]
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Gets how long after its start the run stops; <see langword="null"/> for no limit. Not together with <see cref="Deadline"/>.</summary>
    [JsonPropertyName("runFor")]
    [JsonConverter(typeof(IsoDurationJsonConverter))]
    public TimeSpan? RunFor { get; init; }

    /// <summary>Gets the number of completed responses (taken, summed over the email waves) at which the run stops; <see langword="null"/> for none.</summary>
    [JsonPropertyName("takenTarget")]
    public int? TakenTarget { get; init; }

    /// <summary>Gets whether the run stops once the micropanel batch reports it is closed.</summary>
    [JsonPropertyName("stopWhenMicropanelCloses")]
    public bool StopWhenMicropanelCloses { get; init; }

    /// <summary>Returns the instant the run must stop by, from <see cref="Deadline"/> or <see cref="RunFor"/>.</summary>
    /// <param name="startedAtUtc">When the run started (in an orchestration, its <c>CurrentUtcDateTime</c> at the start).</param>
    /// <returns>The earlier of the two limits, or <see langword="null"/> when neither is set.</returns>
    public DateTimeOffset? StopAt(DateTimeOffset startedAtUtc)
    {
        var byDuration = RunFor is { } runFor ? startedAtUtc + runFor : (DateTimeOffset?)null;
        return (Deadline, byDuration) switch
        {
            ({ } deadline, { } end) => deadline < end ? deadline : end,
            ({ } deadline, null) => deadline,
            (null, var end) => end,
        };
    }
}
