namespace CampaignOrchestrator.Host.Keys;

/// <summary>Names of the API key scheme, as Azure Functions uses them.</summary>
internal static class ApiKeyAuthentication
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "FunctionsKey";

    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "x-functions-key";

    /// <summary>The query parameter carrying the key.</summary>
    public const string QueryParameter = "code";
}
