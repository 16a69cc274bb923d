using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Definitions.Json;

/// <summary>Reads and writes a <see cref="TimeSpan"/> as an ISO 8601 duration string (see <see cref="IsoDuration"/>).</summary>
public sealed class IsoDurationJsonConverter : JsonConverter<TimeSpan>
{
    /// <inheritdoc />
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !IsoDuration.TryParse(reader.GetString(), out var value))
        {
            throw new JsonException(IsoDuration.Expected);
        }

        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(IsoDuration.Format(value));
    }
}
