using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>The JSON settings of QuestionPro payloads: camelCase, nulls omitted, numbers accepted as strings.</summary>
internal static class QuestionProJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
