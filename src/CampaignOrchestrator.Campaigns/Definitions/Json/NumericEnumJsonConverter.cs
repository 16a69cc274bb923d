using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions.Json;

/// <summary>
/// Keeps a vendor code enum (e.g. email batch mode 1/3) a JSON number even where the serializer writes enums as
/// strings, so a serialized definition keeps the definition format.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class NumericEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var number))
        {
            throw new JsonException($"expected an integer {typeof(TEnum).Name} code");
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), number);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
    }
}
