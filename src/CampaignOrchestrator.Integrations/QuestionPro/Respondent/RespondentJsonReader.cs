using System.Globalization;
using System.Text.Json;

namespace CampaignOrchestrator.Integrations.QuestionPro.Respondent;

/// <summary>Reads typed fields from a respondent body, failing with the JSON path of whatever is malformed.</summary>
/// <param name="excerpt">The start of the body, quoted in every failure.</param>
internal sealed class RespondentJsonReader(string excerpt)
{
    public RespondentResponseFormatException Fail(string problem, string path, bool isErrorEnvelope = false, Exception? inner = null) =>
        new(problem, path, excerpt, isErrorEnvelope, inner);

    /// <summary>Returns the named property, or null when it is missing or JSON null.</summary>
    public static JsonElement? Property(JsonElement parent, string name)
    {
        if (parent.TryGetProperty(name, out var exact))
        {
            return exact.ValueKind == JsonValueKind.Null ? null : exact;
        }

        // Vendor casing is not consistent across endpoints (requestID, requestId), so fall back to a case-insensitive match.
        foreach (var property in parent.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    public JsonElement? Object(JsonElement parent, string name, string path) =>
        Expect(Property(parent, name), JsonValueKind.Object, "an object", $"{path}.{name}");

    public JsonElement? Array(JsonElement parent, string name, string path) =>
        Expect(Property(parent, name), JsonValueKind.Array, "an array", $"{path}.{name}");

    public string? String(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => throw Fail($"'{name}' must be a string", $"{path}.{name}"),
    };

    public bool? Boolean(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } value when bool.TryParse(value.GetString(), out var parsed) => parsed,
        _ => throw Fail($"'{name}' must be true or false", $"{path}.{name}"),
    };

    public int? Int32(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var whole) => whole,
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var fraction) && Math.Abs(fraction) <= int.MaxValue =>
            (int)Math.Round(fraction, MidpointRounding.AwayFromZero),
        _ => throw Fail($"'{name}' must be an integer", $"{path}.{name}"),
    };

    /// <summary>Reads a required id, which the vendor sends as a number or as a numeric string.</summary>
    public long Id(JsonElement parent, string name, string path) => Property(parent, name) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var id) => id,
        { ValueKind: JsonValueKind.String } value
            when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) => id,
        null => throw Fail($"'{name}' is missing", $"{path}.{name}"),
        _ => throw Fail($"'{name}' must be a whole-number id", $"{path}.{name}"),
    };

    public IReadOnlyList<string> StringArray(JsonElement parent, string name, string path)
    {
        if (Array(parent, name, path) is not { } array)
        {
            return [];
        }

        var values = new List<string>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            values.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Fail("Array items must be strings", $"{path}.{name}[{index}]"));
            index++;
        }

        return values;
    }

    private JsonElement? Expect(JsonElement? value, JsonValueKind kind, string description, string path) =>
        value is null || value.Value.ValueKind == kind
            ? value
            : throw Fail($"Expected {description} but found {value.Value.ValueKind}", path);
}
