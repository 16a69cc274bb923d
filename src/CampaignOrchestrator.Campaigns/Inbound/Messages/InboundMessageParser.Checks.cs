using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>Rules about the whole message: unique ids, secrets, JSON that cannot be read.</summary>
public static partial class InboundMessageParser
{
    private static void CheckUniqueIds(List<InboundResponse> responses, List<(JsonElement Element, string Path)> items, DefinitionReadContext context)
    {
        if (items.Count == 0 && context.UnreadablePaths.Count == 0)
        {
            context.Failures.Add(JsonPath.Root, "a message holds at least one response");
        }

        if (items.Count > InboundLimits.MaxResponsesPerMessage)
        {
            context.Failures.Add(JsonPath.Root, $"a message holds at most {InboundLimits.MaxResponsesPerMessage} responses; this one has {items.Count}: split it");
        }

        if (responses.Count != items.Count)
        {
            return;
        }

        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < responses.Count; i++)
        {
            var path = items[i].Path;
            if (!firstPathById.TryAdd(responses[i].Id, path))
            {
                // "id": null is no id: the response's id was derived from its content.
                var explicitId = items[i].Element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String;
                context.Failures.Add(
                    explicitId ? JsonPath.Property(path, "id") : path,
                    explicitId
                        ? $"duplicate id: {firstPathById[responses[i].Id]} has the same one; ids must be unique within a message"
                        : $"the same response as {firstPathById[responses[i].Id]}; give each response an id if both are meant");
            }
        }
    }

    private static IEnumerable<string> SecretPaths(JsonElement root)
    {
        IEnumerable<(JsonElement Element, string Path)> objects = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().Select((item, i) => (item, JsonPath.Index(JsonPath.Root, i))),
            JsonValueKind.Object when root.TryGetProperty("responses", out var array) && array.ValueKind == JsonValueKind.Array =>
                [(root, JsonPath.Root), .. array.EnumerateArray().Select((item, i) => (item, JsonPath.Index(JsonPath.Property(JsonPath.Root, "responses"), i)))],
            JsonValueKind.Object => [(root, JsonPath.Root)],
            _ => [],
        };

        // Only the envelope's and each response's own properties: traits and answers are the producer's data, whatever
        // their names.
        return objects
            .Where(owner => owner.Element.ValueKind == JsonValueKind.Object)
            .SelectMany(owner => owner.Element.EnumerateObject()
                .Where(property => SecretPropertyScanner.LooksLikeSecret(property.Name))
                .Select(property => JsonPath.Property(owner.Path, property.Name)));
    }

    // Too deep is not malformed: saying which spares the producer a search for a syntax error that is not there.
    private static InboundMessageParseResult Unreadable(JsonException exception, ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = int.MaxValue });
            while (reader.Read())
            {
            }
        }
        catch (JsonException malformed)
        {
            return Failure("malformed JSON", malformed);
        }

        return Failure($"nested deeper than {InboundLimits.MaxDepth} levels", exception);
    }

    private static InboundMessageParseResult Failure(string problem, JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var position = (exception.BytePositionInLine ?? 0) + 1;
        return InboundMessageParseResult.Failure(
            [new ValidationFailure(JsonPath.Root, $"{problem} at line {line}, position {position}")]);
    }
}
