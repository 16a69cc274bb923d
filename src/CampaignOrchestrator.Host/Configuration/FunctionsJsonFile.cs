using System.Text.Json;

namespace CampaignOrchestrator.Host.Configuration;

/// <summary>Reads Azure Functions' JSON files the way the Functions host does: comments and trailing commas allowed, names case-insensitive.</summary>
internal static class FunctionsJsonFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayName">The name used in the error message.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidDataException">The file is not valid JSON; the message says where.</exception>
    public static JsonDocument Parse(string path, string displayName)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(path), DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(
                $"{displayName} ({path}) is not valid JSON at line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}.", exception);
        }
    }

    /// <summary>Finds a value by a dotted path, ignoring the case of property names.</summary>
    /// <param name="root">The root.</param>
    /// <param name="dottedPath">The path, e.g. <c>extensions.durableTask.hubName</c>.</param>
    /// <param name="value">The value found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGetPath(JsonElement root, string dottedPath, out JsonElement value)
    {
        value = root;
        foreach (var name in dottedPath.Split('.'))
        {
            if (!TryGetProperty(value, name, out value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds a property ignoring case.</summary>
    /// <param name="element">The object.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
