namespace CampaignOrchestrator.Host.Engine;

/// <summary>The task hub this host serves (configuration section <c>Durable</c>; host.json <c>extensions.durableTask</c>).</summary>
internal sealed class DurableHostOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Durable";

    /// <summary>The default task hub name.</summary>
    public const string DefaultHubName = "CampaignOrchestrator";

    /// <summary>Gets or sets the task hub name: the <c>taskHub</c> of every management URI.</summary>
    /// <value>Default <c>CampaignOrchestrator</c>; a letter, then letters and digits, 3 to 45 characters (Azure Storage's rule).</value>
    public string HubName { get; set; } = DefaultHubName;
}
