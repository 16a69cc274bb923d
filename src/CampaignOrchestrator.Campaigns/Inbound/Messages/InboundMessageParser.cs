using System.Text.Json;
using CampaignOrchestrator.Campaigns.Definitions.Reading;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>
/// Reads an inbound message — one response, an array of responses, or <c>{"messageId": ..., "responses": [...]}</c> —
/// and checks it, reporting every problem at once at its JSON path. The format is in <c>docs/inbound-responses.md</c>
/// and <c>docs/inbound-responses.schema.json</c>.
/// </summary>
public static partial class InboundMessageParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = InboundLimits.MaxDepth };

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
            return Unreadable(exception, System.Text.Encoding.UTF8.GetBytes(json));
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
            return Unreadable(exception, utf8Json.Span);
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
            else if (array is not null)
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
}
