namespace CampaignOrchestrator.Campaigns.Activities;

/// <summary>The input of <see cref="GetMicropanelBatchActivity"/>.</summary>
/// <param name="BatchId">The batch.</param>
public sealed record MicropanelBatchRequest(long BatchId);

/// <summary>A micropanel batch's status at one moment.</summary>
/// <param name="BatchId">The batch.</param>
/// <param name="Status">The vendor's status text, e.g. <c>Delivery Successful</c> or <c>Closed</c>.</param>
/// <param name="IsClosed">Whether the batch no longer takes responses.</param>
public sealed record MicropanelBatchStatus(long BatchId, string? Status, bool IsClosed);
