using System.Text.Encodings.Web;
using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Common;

/// <summary>The JSON conventions of the vendor APIs (camelCase, as in their documents) and request body reading.</summary>
internal static class SandboxJson
{
    // Relaxed escaping keeps "<SURVEY_LINK>", HTML and "+00:00" readable, as the vendors print them.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads the request body as one JSON value, or <see langword="null"/> when it is empty or not proper JSON.</summary>
    public static async Task<JsonElement?> TryReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, Options, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Serializes a value to a self-contained <see cref="JsonElement"/> (for ledger details and stored answers).</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
