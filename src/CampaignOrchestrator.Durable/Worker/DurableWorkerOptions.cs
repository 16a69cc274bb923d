using System.ComponentModel.DataAnnotations;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>How the worker takes and runs work (configuration section <c>Durable:Worker</c>; host.json <c>extensions.durableTask</c>).</summary>
public sealed class DurableWorkerOptions
{
    /// <summary>Gets or sets how many orchestration episodes run at once.</summary>
    /// <value>Default 10 per processor, as in Durable Functions; from 1 to 1,000.</value>
    [Range(1, 1000)]
    public int MaxConcurrentOrchestrations { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Gets or sets how many activities run at once.</summary>
    /// <value>Default 10 per processor, as in Durable Functions; from 1 to 1,000.</value>
    [Range(1, 1000)]
    public int MaxConcurrentActivities { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Gets or sets how long a work item stays locked; running activities renew it at half this period.</summary>
    /// <value>Default 2 minutes; from 1 second to 1 day (an Azure queue message can stay invisible for at most 7).</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets the longest wait between polls of an idle store; work started in this process wakes the worker at once.</summary>
    /// <value>Default 1 second; from 10 milliseconds to 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets how many orchestrations stay running in memory between episodes, so an episode applies only its new
    /// events instead of replaying the whole history. Safe with several workers: a session is used only when it has
    /// seen exactly the committed history.
    /// </summary>
    /// <value>Default 1,000; zero replays every episode from the history.</value>
    [Range(0, 1_000_000)]
    public int MaxCachedOrchestrations { get; set; } = 1000;

    /// <summary>Gets or sets how many deliveries a work item gets before it is dead-lettered and its instance fails.</summary>
    /// <value>Default 5; from 1 to 100.</value>
    [Range(1, 100)]
    public int MaxDeliveryCount { get; set; } = 5;

    /// <summary>Gets or sets how long shutdown waits for running work before releasing it for redelivery.</summary>
    /// <value>Default 30 seconds; from zero to 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws when the options are invalid.</summary>
    /// <exception cref="ValidationException">A value is out of range; the message names it.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
