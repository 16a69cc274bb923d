using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Why a run ends.</summary>
/// <param name="Outcome">How.</param>
/// <param name="Detail">Why, in a sentence.</param>
internal sealed record RunEnding(CampaignRunOutcome Outcome, string Detail);
