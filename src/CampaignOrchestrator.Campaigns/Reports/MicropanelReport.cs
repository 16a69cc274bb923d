namespace CampaignOrchestrator.Campaigns.Reports;

/// <summary>What became of the micropanel batch.</summary>
/// <param name="BatchId">The QuestionPro <c>campaignBatchID</c>; <see langword="null"/> when none was created.</param>
/// <param name="Status">The vendor's latest status text, e.g. <c>Delivery Successful</c> or <c>Closed</c>.</param>
/// <param name="CreatedAt">When it was created (or recorded by an operator).</param>
/// <param name="Note">How it was settled when an operator decided (<c>use</c>, <c>skip</c>, <c>resend</c>).</param>
public sealed record MicropanelReport(long? BatchId, string? Status, DateTimeOffset? CreatedAt, string? Note);
