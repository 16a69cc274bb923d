namespace CampaignOrchestrator.Durable.Backend;

/// <summary>The result of a visibility update: the message's new pop receipt and when it becomes visible.</summary>
/// <param name="PopReceipt">The new receipt; the previous one is stale from now on.</param>
/// <param name="NextVisibleAt">When the message becomes visible again.</param>
public sealed record AppQueueReceipt(string PopReceipt, DateTimeOffset NextVisibleAt);
