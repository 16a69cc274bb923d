namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// How queue triggers receive and retry messages (configuration section <c>Queues</c>; host.json
/// <c>extensions.queues</c>), with Azure Functions' queue-trigger names and defaults. One set for every queue.
/// </summary>
internal sealed class QueueOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Queues";

    /// <summary>The default <see cref="BatchSize"/>.</summary>
    public const int DefaultBatchSize = 16;

    /// <summary>The default <see cref="MaxDequeueCount"/>.</summary>
    public const int DefaultMaxDequeueCount = 5;

    /// <summary>The default <see cref="MaxPollingInterval"/>.</summary>
    public static readonly TimeSpan DefaultMaxPollingInterval = TimeSpan.FromMinutes(1);

    /// <summary>The default <see cref="LeaseDuration"/>: Azure Functions' 10 minutes.</summary>
    public static readonly TimeSpan DefaultLeaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets how many messages one receive takes.</summary>
    /// <value>Default 16; from 1 to 32 (the most a queue hands out at once).</value>
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>Gets or sets how few messages may be in progress before the next batch is fetched.</summary>
    /// <value>Default <see cref="BatchSize"/> / 2; from 0 to 1,000. At most <see cref="BatchSize"/> plus this many run at once.</value>
    public int? NewBatchThreshold { get; set; }

    /// <summary>Gets or sets how many failed deliveries a message gets before it moves to the poison queue.</summary>
    /// <value>Default 5; from 1 to 1,000.</value>
    public int MaxDequeueCount { get; set; } = DefaultMaxDequeueCount;

    /// <summary>Gets or sets the delay before a failed message is visible again: the time between retries.</summary>
    /// <value>Default zero (retry at once); at most 7 days.</value>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the longest wait between polls of an empty queue; polling backs off exponentially up to it.</summary>
    /// <value>Default 1 minute; from 100 milliseconds to 1 hour.</value>
    public TimeSpan MaxPollingInterval { get; set; } = DefaultMaxPollingInterval;

    /// <summary>Gets or sets how message bodies are encoded on the queue.</summary>
    /// <value><c>base64</c> (default, as Azure Functions writes them) or <c>none</c> (plain text).</value>
    public string MessageEncoding { get; set; } = QueueMessageEncoding.Base64.Name;

    /// <summary>
    /// Gets or sets how long a received message stays invisible while its handler runs; the lease is renewed at half
    /// this period until the handler returns. Not configurable (Azure Functions fixes it too); tests shorten it.
    /// </summary>
    /// <value>Default 10 minutes.</value>
    internal TimeSpan LeaseDuration { get; set; } = DefaultLeaseDuration;

    /// <summary>Gets <see cref="NewBatchThreshold"/>, or its default when unset.</summary>
    public int EffectiveNewBatchThreshold => NewBatchThreshold ?? BatchSize / 2;

    /// <summary>Gets the encoding named by <see cref="MessageEncoding"/>.</summary>
    /// <exception cref="InvalidOperationException">The name is not a known encoding (the validator reports it at start-up).</exception>
    public QueueMessageEncoding Encoding =>
        QueueMessageEncoding.TryParse(MessageEncoding, out var encoding)
            ? encoding
            : throw new InvalidOperationException($"Unknown message encoding '{MessageEncoding}'.");
}
