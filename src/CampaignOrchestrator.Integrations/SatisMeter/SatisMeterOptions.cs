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

    /// <summary>Gets or sets the default project's write key, sent in the request body and never logged.</summary>
    /// <value>Required unless <see cref="Projects"/> names at least one project.</value>
    public string WriteKey { get; set; } = string.Empty;

    /// <summary>
    /// Gets the other SatisMeter projects by name (<c>SatisMeter:Projects:{name}:WriteKey</c>), for companies with
    /// several; a request names one with <see cref="InsertResponseRequest.Project"/>. Names are case-insensitive.
    /// </summary>
    public Dictionary<string, SatisMeterProjectOptions> Projects { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the client-side budget shared by every SatisMeter call of this process, whatever the project.</summary>
    /// <value>Default 5 calls per second (SatisMeter documents no limit; public integrations keep to about 5/s).</value>
    public CallRateLimitOptions RateLimit { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Gets or sets retry and timeout settings (a POST that may have been processed is never re-sent).</summary>
    /// <value>See <see cref="VendorResilienceOptions"/> for defaults.</value>
    public VendorResilienceOptions Resilience { get; set; } = new();

    /// <summary>Finds the write key of a project.</summary>
    /// <param name="project">The project name; <see langword="null"/> or empty for the default key.</param>
    /// <param name="writeKey">The key, when configured.</param>
    /// <returns><see langword="true"/> when the project has a key.</returns>
    public bool TryGetWriteKey(string? project, out string writeKey)
    {
        writeKey = string.IsNullOrEmpty(project) ? WriteKey
            : Projects.TryGetValue(project, out var configured) ? configured.WriteKey
            : string.Empty;
        return !string.IsNullOrWhiteSpace(writeKey);
    }
}
