namespace CampaignOrchestrator.Durable.Backend;

/// <summary>A visible message read by a peek: no pop receipt, nothing about it changed.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Body">The message text.</param>
/// <param name="DequeueCount">How many times the message has been received.</param>
/// <param name="InsertedAt">When the message was first enqueued.</param>
/// <param name="PoisonReason">Why the message was moved to a poison queue; <see langword="null"/> for other messages.</param>
public sealed record PeekedAppQueueMessage(
    string Id,
    string Body,
    int DequeueCount,
    DateTimeOffset InsertedAt,
    string? PoisonReason);
