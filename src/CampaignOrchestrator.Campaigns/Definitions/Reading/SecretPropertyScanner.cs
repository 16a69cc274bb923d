using System.Text.Json;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Finds properties, at any depth, whose names look like credentials; their values are never read or echoed.</summary>
internal static class SecretPropertyScanner
{
    public const string Message =
        "secrets are not allowed in a campaign definition; they come from configuration (QuestionPro:ApiKey, SatisMeter:WriteKey)";

    // Compared with '_' and '-' removed, case-insensitively: apiKey, api_key, x-api-key, writeKey, clientSecret, ...
    private static readonly string[] ContainedWords = ["apikey", "writekey", "password", "passwd", "secret", "accesstoken", "accesskey"];

    /// <summary>Returns the paths of secret-like properties, in document order.</summary>
    public static IReadOnlyList<string> Scan(JsonElement root)
    {
        var paths = new List<string>();
        Visit(root, JsonPath.Root, paths);
        return paths;
    }

    public static bool LooksLikeSecret(string propertyName)
    {
        var normalized = propertyName.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal)
            .ToUpperInvariant();
        return normalized.EndsWith("TOKEN", StringComparison.Ordinal)
            || ContainedWords.Any(word => normalized.Contains(word.ToUpperInvariant(), StringComparison.Ordinal));
    }

    private static void Visit(JsonElement element, string path, List<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var propertyPath = JsonPath.Property(path, property.Name);
                if (LooksLikeSecret(property.Name))
                {
                    paths.Add(propertyPath);
                    continue;
                }

                Visit(property.Value, propertyPath, paths);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, JsonPath.Index(path, index++), paths);
            }
        }
    }
}
