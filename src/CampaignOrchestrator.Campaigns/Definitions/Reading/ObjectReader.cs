using System.Text.Json;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>
/// Reads the properties of one JSON object by name, reporting missing required values and values of the wrong kind
/// at their paths; <see cref="Finish"/> then reports every property that was never asked for. A reader over something
/// that is not an object reports that once and then behaves as an empty object.
/// </summary>
internal sealed partial class ObjectReader
{
    private readonly JsonElement _element;
    private readonly DefinitionReadContext _context;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private ObjectReader(JsonElement element, string path, DefinitionReadContext context, bool isObject)
    {
        _element = element;
        Path = path;
        _context = context;
        IsObject = isObject;
    }

    public string Path { get; }

    public bool IsObject { get; }

    public static ObjectReader Open(JsonElement element, string path, DefinitionReadContext context)
    {
        var isObject = element.ValueKind == JsonValueKind.Object;
        if (!isObject)
        {
            context.Unreadable(path, "expected an object");
        }

        return new ObjectReader(element, path, context, isObject);
    }

    public static ObjectReader Missing(string path, DefinitionReadContext context)
    {
        context.Unreadable(path, "required");
        return new ObjectReader(default, path, context, isObject: false);
    }

    public string PathOf(string name) => JsonPath.Property(Path, name);

    /// <summary>Reports unknown and duplicate properties.</summary>
    public void Finish()
    {
        if (!IsObject)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            var path = PathOf(property.Name);
            if (_context.SecretPaths.Contains(path))
            {
                continue;
            }

            if (!seen.Add(property.Name))
            {
                _context.Failures.Add(path, "duplicate property");
            }
            else if (!_known.Contains(property.Name))
            {
                _context.Failures.Add(path, UnknownMessage(property.Name));
            }
        }
    }

    private string UnknownMessage(string name)
    {
        var similar = _known.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
        return similar is null ? "unknown property" : $"unknown property; did you mean {similar}?";
    }

    private bool TryGet(string name, bool required, out JsonElement value, out string path)
    {
        _known.Add(name);
        path = PathOf(name);
        if (IsObject && _element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        if (required && IsObject)
        {
            _context.Unreadable(path, "required");
        }

        return false;
    }

    private void WrongKind(string path, string expected) => _context.Unreadable(path, expected);
}
