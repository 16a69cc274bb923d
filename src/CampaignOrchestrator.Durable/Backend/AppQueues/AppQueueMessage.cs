namespace CampaignOrchestrator.Durable.Backend;

/// <summary>A message taken from an application queue by a receive.</summary>
/// <param name="Id">The message id; kept when the message moves to the poison queue.</param>
/// <param name="PopReceipt">The receipt that proves this receive owns the message; needed to delete, update or poison it.</param>
/// <param name="Body">The message text.</param>
/// <param name="DequeueCount">How many times the message has been received, this receive included.</param>
/// <param name="InsertedAt">When the message was first enqueued.</param>
/// <param name="NextVisibleAt">When the message becomes visible again unless it is deleted or its visibility updated.</param>
/// <param name="PoisonReason">Why the message was moved to a poison queue; <see langword="null"/> for other messages.</param>
public sealed record AppQueueMessage(
    string Id,
    string PopReceipt,
    string Body,
    int DequeueCount,
    DateTimeOffset InsertedAt,
    DateTimeOffset NextVisibleAt,
    string? PoisonReason);
