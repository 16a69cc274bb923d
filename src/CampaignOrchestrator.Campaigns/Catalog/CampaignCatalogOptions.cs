namespace CampaignOrchestrator.Campaigns.Catalog;

/// <summary>Where campaign definitions are stored (configuration section <c>Campaigns</c>).</summary>
public sealed class CampaignCatalogOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Campaigns";

    /// <summary>The directory used when none is configured.</summary>
    public const string DefaultDirectory = "campaigns";

    /// <summary>The largest definition file read, in bytes (1 MiB); larger files are reported, not read.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Gets or sets the directory holding one <c>&lt;name&gt;.json</c> file per campaign.</summary>
    /// <value>Default <see cref="DefaultDirectory"/>; a relative path is relative to the current directory.</value>
    public string Directory { get; set; } = DefaultDirectory;
}
