using System.Text.Json;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Nested objects and arrays.</summary>
internal sealed partial class ObjectReader
{
    /// <summary>Reads an optional nested object; <see langword="null"/> when absent.</summary>
    public ObjectReader? Object(string name) =>
        TryGet(name, required: false, out var value, out var path) ? Open(value, path, _context) : null;

    /// <summary>Reads a required nested object; when absent, reports it and returns an empty reader.</summary>
    public ObjectReader RequiredObject(string name)
    {
        if (TryGet(name, required: false, out var value, out var path))
        {
            return Open(value, path, _context);
        }

        return IsObject ? Missing(path, _context) : new ObjectReader(default, path, _context, isObject: false);
    }

    /// <summary>
    /// Reads an optional value of any kind as it is, for values whose reading depends on their kind; <see langword="null"/>
    /// when absent (or JSON null). A required one that is absent is reported.
    /// </summary>
    public JsonElement? Element(string name, bool required = false) =>
        TryGet(name, required, out var value, out _) ? value : null;

    /// <summary>
    /// Reads an optional array of objects; every item yields a value (items that are not objects are reported and read
    /// as empty objects) so that indexes stay those of the document. <paramref name="readItem"/> finishes each item.
    /// </summary>
    public IReadOnlyList<T> Array<T>(string name, Func<ObjectReader, T> readItem)
    {
        if (!TryGet(name, required: false, out var value, out var path))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongKind(path, "expected an array");
            return [];
        }

        var items = new List<T>();
        foreach (var item in value.EnumerateArray())
        {
            items.Add(readItem(Open(item, JsonPath.Index(path, items.Count), _context)));
        }

        return items;
    }
}
