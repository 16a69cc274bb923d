namespace CampaignOrchestrator.Host.Hosting;

/// <summary>Removes keys from query strings before they are logged or traced.</summary>
internal static class QueryRedaction
{
    /// <summary>What a redacted value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Returns the query string with the value of every <c>code</c> parameter replaced by <see cref="Mask"/>.</summary>
    /// <param name="query">The query string, with or without its leading <c>?</c>.</param>
    /// <returns>The redacted query string (with a leading <c>?</c> when not empty).</returns>
    public static string Redact(QueryString query)
    {
        if (!query.HasValue || query.Value is not { Length: > 1 } text)
        {
            return string.Empty;
        }

        var parts = text[1..].Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            var separator = parts[i].IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(separator < 0 ? parts[i] : parts[i][..separator]);
            if (string.Equals(name.Trim(), Keys.ApiKeyAuthentication.QueryParameter, StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = $"{(separator < 0 ? parts[i] : parts[i][..separator])}={Mask}";
            }
        }

        return "?" + string.Join('&', parts);
    }
}
