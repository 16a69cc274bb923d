namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>One named SatisMeter project (configuration section <c>SatisMeter:Projects:{name}</c>).</summary>
public sealed class SatisMeterProjectOptions
{
    /// <summary>Gets or sets the project's write key, sent in the request body and never logged.</summary>
    /// <value>Required.</value>
    public string WriteKey { get; set; } = string.Empty;
}
