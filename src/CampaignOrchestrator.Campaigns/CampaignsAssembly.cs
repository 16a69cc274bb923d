namespace CampaignOrchestrator.Campaigns;

/// <summary>Marks the campaigns assembly (for assembly scanning and tests).</summary>
public static class CampaignsAssembly;
