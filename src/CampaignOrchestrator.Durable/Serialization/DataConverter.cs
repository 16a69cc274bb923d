using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Durable.Serialization;

/// <summary>Turns inputs, outputs and event payloads into the JSON text stored in histories, and back.</summary>
public static class DataConverter
{
    /// <summary>Gets the serializer settings (camelCase, enums as strings).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Serializes a value; <see langword="null"/> stays null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    /// <summary>Deserializes JSON text; null text gives the type's default.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    public static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);
}
