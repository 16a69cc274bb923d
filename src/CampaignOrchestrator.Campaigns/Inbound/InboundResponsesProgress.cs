namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>The custom status of an inbound-responses instance while it runs.</summary>
/// <param name="Total">Responses in the message.</param>
/// <param name="Processed">Responses with an outcome so far.</param>
/// <param name="Recorded">Recorded so far.</param>
/// <param name="Duplicate">Duplicates so far.</param>
/// <param name="Rejected">Rejected so far.</param>
/// <param name="Failed">Failed so far.</param>
public sealed record InboundResponsesProgress(int Total, int Processed, int Recorded, int Duplicate, int Rejected, int Failed);
