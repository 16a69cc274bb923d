using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>Settings of the QuestionPro clients (configuration section <c>QuestionPro</c>).</summary>
public sealed class QuestionProOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "QuestionPro";

    /// <summary>The path every API v2 route starts with.</summary>
    public const string ApiPath = "a/api/v2/";

    /// <summary>Gets or sets the datacenter (US, EU, CA, SG, AU, AE, SA, KSA); ignored when <see cref="BaseUrl"/> is set.</summary>
    /// <value>Default <c>US</c>.</value>
    public string? Datacenter { get; set; }

    /// <summary>Gets or sets an absolute URL that replaces the datacenter host (a proxy, the local sandbox).</summary>
    /// <value>The root; <c>/a/api/v2/</c> is appended unless already present.</value>
    public Uri? BaseUrl { get; set; }

    /// <summary>Gets or sets the API key, sent in the <c>api-key</c> header and never logged.</summary>
    /// <value>Required.</value>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the client-side budget shared by every call made with <see cref="ApiKey"/> in this process.</summary>
    /// <value>Default 300 calls per 60 seconds, the vendor's per-key limit.</value>
    public CallRateLimitOptions RateLimit { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromSeconds(60) };

    /// <summary>Gets or sets retry and timeout settings.</summary>
    /// <value>See <see cref="VendorResilienceOptions"/> for defaults.</value>
    public VendorResilienceOptions Resilience { get; set; } = new();

    /// <summary>Resolves the address every route is relative to.</summary>
    /// <returns>An absolute URI ending with <c>/a/api/v2/</c>.</returns>
    public Uri ResolveApiBaseAddress()
    {
        if (BaseUrl is not null)
        {
            var root = BaseUrl.AbsoluteUri.TrimEnd('/') + "/";
            return new Uri(root.EndsWith("/" + ApiPath, StringComparison.OrdinalIgnoreCase) ? root : root + ApiPath);
        }

        var host = QuestionProDatacenters.Hosts[Datacenter ?? QuestionProDatacenters.Default];
        return new Uri($"https://{host}/{ApiPath}");
    }
}
