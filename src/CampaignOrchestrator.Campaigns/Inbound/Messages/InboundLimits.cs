namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>The limits of the inbound message format, the same in the JSON Schema (<c>docs/inbound-responses.schema.json</c>).</summary>
public static class InboundLimits
{
    /// <summary>The most responses one message may carry.</summary>
    public const int MaxResponsesPerMessage = 10_000;

    /// <summary>The deepest nesting of objects and arrays in a message (traits included); deeper is refused.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest message or response id.</summary>
    public const int MaxIdLength = 128;

    /// <summary>The rule for message and response ids, as said in validation errors.</summary>
    public const string IdRule = "an id has 1 to 128 characters: letters, digits and _ . : @ - (URL-safe, so it can name an instance)";

    /// <summary>Tells whether an id follows <see cref="IdRule"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '@' or '-');
}
