using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>Settings of the SatisMeter client (configuration section <c>SatisMeter</c>).</summary>
public sealed class SatisMeterOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "SatisMeter";

    /// <summary>Gets or sets the service root.</summary>
    /// <value>Default <c>https://app.satismeter.com/</c>; the local sandbox or a proxy otherwise.</value>
    public Uri BaseUrl { get; set; } = new("https://app.satismeter.com/");

    /// <summary>Gets or sets the project write key, sent in the request body and never logged.</summary>
    /// <value>Required.</value>
    public string WriteKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the client-side budget shared by every call made with <see cref="WriteKey"/> in this process.</summary>
    /// <value>Default 5 calls per second (SatisMeter documents no limit; public integrations keep to about 5/s).</value>
    public CallRateLimitOptions RateLimit { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Gets or sets retry and timeout settings (a POST that may have been processed is never re-sent).</summary>
    /// <value>See <see cref="VendorResilienceOptions"/> for defaults.</value>
    public VendorResilienceOptions Resilience { get; set; } = new();
}
