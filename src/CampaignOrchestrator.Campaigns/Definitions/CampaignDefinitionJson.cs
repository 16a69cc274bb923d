using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>Writes definitions in the definition format (camelCase, ISO 8601 durations, nulls omitted).</summary>
public static class CampaignDefinitionJson
{
    /// <summary>Gets the serializer settings that write (and read back) the definition format.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>Writes a definition as JSON that <see cref="CampaignDefinitionParser.Parse(string)"/> reads back.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.Serialize(definition, Options);
    }
}
