using System.Globalization;
using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>
/// Reads typed fields from a JSON request body and keeps the first schema problem, worded as
/// "<c>path.field</c> must ...", for a 1002 error.
/// </summary>
internal sealed class BodyReader
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly SchemaProblem _problem;

    private BodyReader(JsonElement element, string path, SchemaProblem problem)
    {
        _element = element;
        _path = path;
        _problem = problem;
    }

    /// <summary>The first problem found by any reader of this body, or <see langword="null"/>.</summary>
    public string? Problem => _problem.Message;

    /// <summary>A reader of the body root, or <see langword="null"/> with a problem when the body is not an object.</summary>
    public static BodyReader Root(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? new BodyReader(body, "", new SchemaProblem())
            : new BodyReader(default, "", new SchemaProblem { Message = "The request body must be a JSON object" });

    public void Fail(string message) => _problem.Message ??= message;

    public string PathOf(string name) => _path + name;

    public long? Long(string name, bool required, long minimum = 1)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number,
            _ => (long?)null,
        };
        if (parsed is null || parsed < minimum)
        {
            Fail(minimum == 1 ? $"{PathOf(name)} must be a positive integer" : $"{PathOf(name)} must be an integer of at least {minimum}");
            return null;
        }

        return parsed;
    }

    public string? String(string name, bool required, bool allowEmpty = true)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || (!allowEmpty && string.IsNullOrWhiteSpace(value.GetString())))
        {
            Fail(allowEmpty ? $"{PathOf(name)} must be a string" : $"{PathOf(name)} must be a non-empty string");
            return null;
        }

        return value.GetString();
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Fail($"{PathOf(name)} must be true or false");
            return null;
        }

        return value.GetBoolean();
    }

    public BodyReader? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail($"{PathOf(name)} must be an object");
            return null;
        }

        return new BodyReader(value, $"{PathOf(name)}.", _problem);
    }

    public IReadOnlyList<string>? StringArray(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            Fail($"{PathOf(name)} must be an array of strings");
            return null;
        }

        return [.. value.EnumerateArray().Select(item => item.GetString()!)];
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (_element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        if (required)
        {
            Fail($"{PathOf(name)} is required");
        }

        return false;
    }

    private sealed class SchemaProblem
    {
        public string? Message { get; set; }
    }
}
