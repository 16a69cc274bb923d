namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>The cron scheduler (configuration section <c>Scheduler</c>).</summary>
internal sealed class SchedulerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Scheduler";

    /// <summary>The default <see cref="PollInterval"/>.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMinutes(1);

    /// <summary>The default <see cref="LeaseDuration"/>.</summary>
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromMinutes(3);

    /// <summary>Gets or sets whether this process takes part in scheduling.</summary>
    /// <value>Default <see langword="true"/>; with <see langword="false"/> it never takes the lease, so never starts a scheduled run.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the longest the scheduler sleeps between two looks at the catalog when no occurrence is due sooner.</summary>
    /// <value>Default 1 minute; 1 second to 1 hour.</value>
    public TimeSpan PollInterval { get; set; } = DefaultPollInterval;

    /// <summary>Gets or sets how long the scheduler lease lasts unless renewed; a failover takes at most about this long.</summary>
    /// <value>Default 3 minutes; 10 seconds to 1 hour. The holder renews it every third of it (or every poll, if sooner).</value>
    public TimeSpan LeaseDuration { get; set; } = DefaultLeaseDuration;

    /// <summary>Gets how often the holder renews the lease and the others try to take it.</summary>
    public TimeSpan RenewInterval => PollInterval < LeaseDuration / 3 ? PollInterval : LeaseDuration / 3;

    /// <summary>
    /// Gets how long after its time an occurrence still counts as on time. It outlasts any failover (the lease expires,
    /// then another process takes it at its next attempt), so only a real outage makes occurrences missed.
    /// </summary>
    public TimeSpan LateAfter => LeaseDuration + PollInterval;
}
