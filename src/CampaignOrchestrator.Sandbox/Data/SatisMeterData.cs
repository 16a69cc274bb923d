namespace CampaignOrchestrator.Sandbox.Data;

/// <summary>The SatisMeter projects (write keys) and campaigns.</summary>
internal sealed record SatisMeterData
{
    public IReadOnlyList<string> WriteKeys { get; init; } = [];

    public IReadOnlyList<SatisMeterCampaignData> Campaigns { get; init; } = [];
}

/// <summary>A SatisMeter campaign of the project identified by <see cref="WriteKey"/>.</summary>
internal sealed record SatisMeterCampaignData
{
    public string Id { get; init; } = "";

    public string WriteKey { get; init; } = "";

    /// <summary>Traits a user must have (exact string match) to be surveyed; empty for no targeting.</summary>
    public IReadOnlyDictionary<string, string> Targeting { get; init; } = new Dictionary<string, string>();
}
