using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Durable.Serialization;

/// <summary>
/// Writes a serialized payload (an input, output or result, itself JSON text) inside a history event or message as the
/// JSON value it is, not as a string holding it.
/// </summary>
/// <remarks>
/// As a string, every quote of the payload is escaped (<c>\u0022</c>, six characters for one), and the serializer rents
/// an escape buffer six times the payload's length: for a message of 10,000 responses, arrays of tens of megabytes that
/// the shared pool then keeps. Written as JSON, the payload is copied once, unchanged.
/// Objects and arrays (with no whitespace around them) are written as JSON; any other payload (a JSON string, number or literal, or text that is not
/// JSON) is written as a string, as every payload was before. A reader therefore takes a string token as the payload
/// itself and an object or array token as the payload's JSON, so events written either way read back the same.
/// </remarks>
public sealed class JsonPayloadConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }

            default:
                throw new JsonException($"A payload must be a string, an object or an array, not {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (!IsObjectOrArray(value) || !TryWriteJson(writer, value))
        {
            writer.WriteStringValue(value);
        }
    }

    // Whitespace around the value would not survive the trip back, so only text that begins and ends the value is written
    // as JSON; whitespace inside it does.
    private static bool IsObjectOrArray(string value) =>
        value.Length > 1 && (value[0], value[^1]) is ('{', '}') or ('[', ']');

    // The writer checks the text before it writes anything, so after a refusal the payload can still go out as a string.
    private static bool TryWriteJson(Utf8JsonWriter writer, string value)
    {
        try
        {
            writer.WriteRawValue(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
