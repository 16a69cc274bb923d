using CampaignOrchestrator.Durable.Worker;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>
/// The worker settings as configured (section <c>Durable:Worker</c>, or host.json's Durable Functions names); unset
/// values keep <see cref="DurableWorkerOptions"/>' defaults.
/// </summary>
internal sealed class DurableWorkerSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Durable:Worker";

    /// <summary>
    /// The longest idle poll on Azure Storage unless configured: Durable Functions' <c>maxQueuePollingInterval</c>
    /// default. There every poll is billed (4 control queues and the work-item queue: at the engine's 1-s default, about
    /// 13 million transactions a month for an idle hub); work this process queues wakes it at once, so only work queued
    /// by another process waits up to this long when the worker is idle.
    /// </summary>
    public static readonly TimeSpan AzureStorageMaxPollingInterval = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets <see cref="DurableWorkerOptions.MaxConcurrentOrchestrations"/>.</summary>
    /// <value>host.json <c>extensions.durableTask.maxConcurrentOrchestratorFunctions</c>.</value>
    public int? MaxConcurrentOrchestrations { get; set; }

    /// <summary>Gets or sets <see cref="DurableWorkerOptions.MaxConcurrentActivities"/>.</summary>
    /// <value>host.json <c>extensions.durableTask.maxConcurrentActivityFunctions</c>.</value>
    public int? MaxConcurrentActivities { get; set; }

    /// <summary>Gets or sets <see cref="DurableWorkerOptions.LockDuration"/>.</summary>
    /// <value>host.json <c>extensions.durableTask.storageProvider.workItemQueueVisibilityTimeout</c>.</value>
    public TimeSpan? LockDuration { get; set; }

    /// <summary>
    /// Gets or sets <see cref="DurableWorkerOptions.MaxPollingInterval"/> (unset: the engine's 1 s on SQLite,
    /// <see cref="AzureStorageMaxPollingInterval"/> on Azure Storage).
    /// </summary>
    /// <value>host.json <c>extensions.durableTask.storageProvider.maxQueuePollingInterval</c>.</value>
    public TimeSpan? MaxPollingInterval { get; set; }

    /// <summary>Gets or sets <see cref="DurableWorkerOptions.MaxCachedOrchestrations"/>.</summary>
    /// <value>host.json <c>extensions.durableTask.extendedSessionsEnabled</c> false sets zero.</value>
    public int? MaxCachedOrchestrations { get; set; }

    /// <summary>Gets or sets <see cref="DurableWorkerOptions.MaxDeliveryCount"/>.</summary>
    /// <value>No host.json equivalent.</value>
    public int? MaxDeliveryCount { get; set; }

    /// <summary>Gets or sets <see cref="DurableWorkerOptions.ShutdownTimeout"/>.</summary>
    /// <value>No host.json equivalent.</value>
    public TimeSpan? ShutdownTimeout { get; set; }

    /// <summary>Copies the values that are set onto the worker options.</summary>
    /// <param name="options">The worker options.</param>
    public void ApplyTo(DurableWorkerOptions options)
    {
        options.MaxConcurrentOrchestrations = MaxConcurrentOrchestrations ?? options.MaxConcurrentOrchestrations;
        options.MaxConcurrentActivities = MaxConcurrentActivities ?? options.MaxConcurrentActivities;
        options.LockDuration = LockDuration ?? options.LockDuration;
        options.MaxPollingInterval = MaxPollingInterval ?? options.MaxPollingInterval;
        options.MaxCachedOrchestrations = MaxCachedOrchestrations ?? options.MaxCachedOrchestrations;
        options.MaxDeliveryCount = MaxDeliveryCount ?? options.MaxDeliveryCount;
        options.ShutdownTimeout = ShutdownTimeout ?? options.ShutdownTimeout;
    }
}
