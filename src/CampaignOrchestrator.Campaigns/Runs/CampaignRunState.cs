using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// Everything a run knows after its preflight and approval, carried across continue-as-new so its history stays
/// bounded however long the campaign lasts. Mutated only by orchestration code, so it is deterministic.
/// </summary>
public sealed class CampaignRunState
{
    /// <summary>Gets or sets the run's tag: derived from the instance id and start time, carried by every batch name.</summary>
    public string RunTag { get; set; } = string.Empty;

    /// <summary>Gets or sets when the run started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Gets or sets when sending began (after preflight and approval): waves' <c>startAfter</c> count from here.</summary>
    public DateTimeOffset SendingStartedAt { get; set; }

    /// <summary>Gets or sets when the run stops (deadline or <c>runFor</c>); <see langword="null"/> for no time limit.</summary>
    public DateTimeOffset? StopAt { get; set; }

    /// <summary>Gets or sets when statistics are polled next.</summary>
    public DateTimeOffset NextPollAt { get; set; }

    /// <summary>Gets or sets the number of monitoring rounds so far, over every execution.</summary>
    public int Rounds { get; set; }

    /// <summary>Gets or sets the number of statistics polls so far.</summary>
    public int Polls { get; set; }

    /// <summary>Gets or sets when statistics were last polled.</summary>
    public DateTimeOffset? LastPollAt { get; set; }

    /// <summary>Gets or sets the last poll failure that outlived its retries; cleared by the next good poll.</summary>
    public string? LastPollError { get; set; }

    /// <summary>Gets or sets how many executions the run has had (1 + continue-as-new count).</summary>
    public int Executions { get; set; }

    /// <summary>Gets or sets the email waves, in definition order.</summary>
    public List<WaveState> Waves { get; set; } = [];

    /// <summary>Gets or sets the micropanel batch; <see langword="null"/> when the campaign has none.</summary>
    public MicropanelState? Micropanel { get; set; }

    /// <summary>Gets or sets what happened when (bounded, see <see cref="RunTimeline"/>).</summary>
    public List<TimelineEntry> Timeline { get; set; } = [];
}
