namespace CampaignOrchestrator.Host.Queues;

/// <summary>A queue message as delivered to its handler.</summary>
/// <param name="QueueName">The queue it came from.</param>
/// <param name="Id">The message id, stable across deliveries and kept in the poison queue.</param>
/// <param name="Body">The body, already decoded per <c>Queues:MessageEncoding</c>.</param>
/// <param name="DequeueCount">How many times the message has been received, this delivery included (1 on the first).</param>
/// <param name="InsertedAt">When the message was first enqueued.</param>
public sealed record QueueMessage(string QueueName, string Id, string Body, int DequeueCount, DateTimeOffset InsertedAt);
