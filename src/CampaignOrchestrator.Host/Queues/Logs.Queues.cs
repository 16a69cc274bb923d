namespace CampaignOrchestrator.Host.Queues;

/// <summary>The queue listener's log messages (event ids 2101 and up). Bodies and secrets never appear in them.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Queue listener started on {QueueName}: batches of {BatchSize}, next batch when {NewBatchThreshold} or fewer are in progress, poisoned after {MaxDequeueCount} failed deliveries, {MessageEncoding} messages")]
    public static partial void ListenerStarted(this ILogger logger, string queueName, int batchSize, int newBatchThreshold, int maxDequeueCount, QueueMessageEncoding messageEncoding);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Queue listener stopped on {QueueName}")]
    public static partial void ListenerStopped(this ILogger logger, string queueName);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Queue listeners stopped waiting for messages in progress at the host's shutdown timeout; unfinished messages are released to reappear")]
    public static partial void ShutdownTimedOut(this ILogger logger);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Error, Message = "Receiving from queue {QueueName} failed; polling again in {RetryIn}")]
    public static partial void PollFailed(this ILogger logger, Exception exception, string queueName, TimeSpan retryIn);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Message {MessageId} of queue {QueueName} moved to the poison queue: {Reason}")]
    public static partial void MessagePoisoned(this ILogger logger, string queueName, string messageId, string reason);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Handler failed on message {MessageId} of queue {QueueName} (delivery {DequeueCount})")]
    public static partial void HandlerFailed(this ILogger logger, Exception exception, string queueName, string messageId, int dequeueCount);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Warning, Message = "Message {MessageId} of queue {QueueName} could not be {Operation}: it is gone or another receiver holds it now (its visibility lapsed)")]
    public static partial void MessageNoLongerHeld(this ILogger logger, string queueName, string messageId, string operation);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Warning, Message = "Lost the lease on message {MessageId} of queue {QueueName} while its handler ran; another receiver now delivers it")]
    public static partial void LeaseLost(this ILogger logger, string queueName, string messageId);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Extending the visibility of message {MessageId} of queue {QueueName} failed; retrying")]
    public static partial void LeaseRenewalFailed(this ILogger logger, Exception exception, string queueName, string messageId);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Error, Message = "Message {MessageId} of queue {QueueName} could not be {Operation}; it is delivered again when its visibility lapses")]
    public static partial void SettleFailed(this ILogger logger, Exception exception, string queueName, string messageId, string operation);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Information, Message = "Message {MessageId} of queue {QueueName} released unfinished at shutdown")]
    public static partial void MessageReleased(this ILogger logger, string queueName, string messageId);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Debug, Message = "Message {MessageId} of queue {QueueName} completed on delivery {DequeueCount}")]
    public static partial void MessageCompleted(this ILogger logger, string queueName, string messageId, int dequeueCount);
}
