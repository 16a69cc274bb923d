using CampaignOrchestrator.Campaigns.Inbound;

namespace CampaignOrchestrator.Host.Inbound;

/// <summary>Settings of inbound responses (configuration section <c>Inbound</c>).</summary>
internal sealed class InboundOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Inbound";

    /// <summary>Gets or sets the queue producers write messages to, and the listener reads.</summary>
    /// <value>Default <c>inbound-responses</c>; its poison queue is <c>inbound-responses-poison</c>.</value>
    public string QueueName { get; set; } = "inbound-responses";

    /// <summary>Gets or sets whether this process listens to the queue (the HTTP endpoint works either way).</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool ListenerEnabled { get; set; } = true;

    /// <summary>Gets or sets the largest request body <c>POST /api/inbound-responses</c> accepts; larger ones get 413.</summary>
    /// <value>Default 4 MiB (a 10,000-response message of typical size fits).</value>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets how many responses one chunk (a sub-orchestration) records.</summary>
    /// <value>Default 100.</value>
    public int ChunkSize { get; set; } = InboundProcessingSettings.Default.ChunkSize;

    /// <summary>Gets or sets how many chunks of one message run at once.</summary>
    /// <value>Default 4.</value>
    public int MaxParallelChunks { get; set; } = InboundProcessingSettings.Default.MaxParallelChunks;

    /// <summary>Gets or sets how many times a response is attempted before it counts as failed.</summary>
    /// <value>Default 6.</value>
    public int MaxAttempts { get; set; } = InboundProcessingSettings.Default.MaxAttempts;

    /// <summary>Gets or sets the wait before a response's first retry (doubling after each).</summary>
    /// <value>Default 5 seconds.</value>
    public TimeSpan FirstRetryInterval { get; set; } = InboundProcessingSettings.Default.FirstRetryInterval;

    /// <summary>Gets or sets the longest wait between a response's retries.</summary>
    /// <value>Default 5 minutes.</value>
    public TimeSpan MaxRetryInterval { get; set; } = InboundProcessingSettings.Default.MaxRetryInterval;

    /// <summary>Gets the processing settings a new message's orchestration is started with.</summary>
    public InboundProcessingSettings Processing => new()
    {
        ChunkSize = ChunkSize,
        MaxParallelChunks = MaxParallelChunks,
        MaxAttempts = MaxAttempts,
        FirstRetryInterval = FirstRetryInterval,
        MaxRetryInterval = MaxRetryInterval,
    };
}
