namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>A response that was rejected or failed, and why.</summary>
/// <param name="ResponseId">The response id.</param>
/// <param name="Reason">The reason, as the target system said it when it said one.</param>
public sealed record ResponseProblem(string ResponseId, string Reason);
