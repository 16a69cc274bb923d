namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// Handles the messages of one queue (register it with <c>AddQueueTrigger</c>). Delivery is at least once: a message
/// may be handled again after a crash, a lost delete or a lapsed lease, so handling must be idempotent.
/// </summary>
public interface IQueueMessageHandler
{
    /// <summary>
    /// Handles one message. Return <see cref="QueueMessageOutcome.Completed"/> once its effect is durable (the message
    /// is then deleted), or <see cref="QueueMessageOutcome.Poison(string)"/> when retrying can never succeed. An
    /// exception is a failure: the message is retried after <c>Queues:VisibilityTimeout</c>, and poisoned after
    /// <c>Queues:MaxDequeueCount</c> failed deliveries.
    /// </summary>
    /// <param name="message">The message, its body decoded per <c>Queues:MessageEncoding</c>.</param>
    /// <param name="cancellationToken">Cancelled when shutdown stops waiting, or when this delivery's lease was lost to another receiver.</param>
    /// <returns>What to do with the message.</returns>
    Task<QueueMessageOutcome> HandleAsync(QueueMessage message, CancellationToken cancellationToken);
}
