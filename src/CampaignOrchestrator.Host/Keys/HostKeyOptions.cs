namespace CampaignOrchestrator.Host.Keys;

/// <summary>The keys API callers present (configuration section <c>Host:Keys</c>).</summary>
internal sealed class HostKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Host:Keys";

    /// <summary>The shortest master key accepted.</summary>
    public const int MinimumLength = 16;

    /// <summary>Gets or sets the master key: required, at least <see cref="MinimumLength"/> characters, no whitespace.</summary>
    /// <value>No default; never logged, and returned only as the <c>code</c> of the management URIs the API hands out.</value>
    public string? Master { get; set; }
}
