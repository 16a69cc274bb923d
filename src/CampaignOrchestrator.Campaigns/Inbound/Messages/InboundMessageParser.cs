using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>
/// Reads an inbound message — one response, an array of responses, or <c>{"messageId": ..., "responses": [...]}</c> —
/// and checks it, reporting every problem at once at its JSON path. The format is in <c>docs/inbound-responses.md</c>
/// and <c>docs/inbound-responses.schema.json</c>.
/// </summary>
public static class InboundMessageParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <summary>Reads and checks a message.</summary>
    /// <param name="json">The message text.</param>
    /// <returns>The message, or every problem found.</returns>
    public static InboundMessageParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
    }

    /// <summary>Reads and checks a message from UTF-8 bytes (e.g. a request body).</summary>
    /// <param name="utf8Json">The message, UTF-8 encoded.</param>
    /// <returns>The message, or every problem found.</returns>
    public static InboundMessageParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            return Malformed(exception);
        }
    }

    private static InboundMessageParseResult Read(JsonElement root)
    {
        var context = new DefinitionReadContext(SecretPaths(root));
        foreach (var path in context.SecretPaths)
        {
            context.Failures.Add(path, InboundResponseReader.SecretMessage);
        }

        var (messageId, items) = ReadEnvelope(root, context);
        var responses = new List<InboundResponse>(items.Count);
        foreach (var (element, path) in items)
        {
            if (InboundResponseReader.Read(element, path, context) is { } response)
            {
                responses.Add(response);
            }
        }

        CheckUniqueIds(responses, items, context);
        return context.Failures.Failures.Count == 0
            ? InboundMessageParseResult.Success(new InboundMessage(messageId, responses))
            : InboundMessageParseResult.Failure(context.Failures.Failures);
    }

    private static (string? MessageId, List<(JsonElement Element, string Path)> Items) ReadEnvelope(JsonElement root, DefinitionReadContext context)
    {
        var items = new List<(JsonElement, string)>();
        string? messageId = null;
        if (root.ValueKind == JsonValueKind.Array)
        {
            AddItems(root, JsonPath.Root, items);
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("responses", out _))
        {
            var envelope = ObjectReader.Open(root, JsonPath.Root, context);
            messageId = envelope.String("messageId");
            if (messageId is not null && !InboundLimits.IsValidId(messageId))
            {
                context.Failures.Add(envelope.PathOf("messageId"), InboundLimits.IdRule);
            }

            var array = envelope.Element("responses", required: true);
            var path = envelope.PathOf("responses");
            if (array is { ValueKind: JsonValueKind.Array } responses)
            {
                AddItems(responses, path, items);
            }
            else
            {
                context.Unreadable(path, "expected an array of responses");
            }

            envelope.Finish();
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            items.Add((root, JsonPath.Root));
        }
        else
        {
            context.Unreadable(JsonPath.Root, "expected a response (an object with a target), an array of responses, or {\"responses\": [...]}");
        }

        return (messageId, items);
    }

    private static void AddItems(JsonElement array, string path, List<(JsonElement, string)> items)
    {
        foreach (var item in array.EnumerateArray())
        {
            items.Add((item, JsonPath.Index(path, items.Count)));
        }
    }

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
                var explicitId = items[i].Element.TryGetProperty("id", out _);
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
        IEnumerable<(JsonElement Element, string Path)> responses = root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().Select((item, i) => (item, JsonPath.Index(JsonPath.Root, i))),
            JsonValueKind.Object when root.TryGetProperty("responses", out var array) && array.ValueKind == JsonValueKind.Array =>
                array.EnumerateArray().Select((item, i) => (item, JsonPath.Index(JsonPath.Property(JsonPath.Root, "responses"), i))),
            JsonValueKind.Object => [(root, JsonPath.Root)],
            _ => [],
        };

        // Only the response's own properties: traits and answers are the producer's data, whatever their names.
        return responses
            .Where(response => response.Element.ValueKind == JsonValueKind.Object)
            .SelectMany(response => response.Element.EnumerateObject()
                .Where(property => SecretPropertyScanner.LooksLikeSecret(property.Name))
                .Select(property => JsonPath.Property(response.Path, property.Name)));
    }

    private static InboundMessageParseResult Malformed(JsonException exception)
    {
        var line = (exception.LineNumber ?? 0) + 1;
        var position = (exception.BytePositionInLine ?? 0) + 1;
        return InboundMessageParseResult.Failure(
            [new ValidationFailure(JsonPath.Root, $"malformed JSON at line {line}, position {position}")]);
    }
}
