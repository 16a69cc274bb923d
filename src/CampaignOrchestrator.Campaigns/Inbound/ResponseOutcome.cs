namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>What became of one response.</summary>
/// <param name="ResponseId">The response id.</param>
/// <param name="Kind">Recorded, duplicate, rejected or failed.</param>
/// <param name="Reason">Why it was a duplicate, rejected or failed; null when recorded.</param>
public sealed record ResponseOutcome(string ResponseId, ResponseOutcomeKind Kind, string? Reason = null)
{
    /// <summary>Creates a recorded outcome.</summary>
    /// <param name="responseId">The response id.</param>
    /// <returns>The outcome.</returns>
    public static ResponseOutcome Recorded(string responseId) => new(responseId, ResponseOutcomeKind.Recorded);
}
