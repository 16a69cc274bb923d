using System.Text.Json;
using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>Turns stored JSON text (inputs, outputs, custom status, event payloads) into JSON values for payloads.</summary>
internal static class JsonPayloadValue
{
    /// <summary>Parses stored JSON text; text that is not JSON becomes a JSON string.</summary>
    /// <param name="json">The stored text.</param>
    /// <returns>The value; null for no value or JSON null.</returns>
    public static JsonNode? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
