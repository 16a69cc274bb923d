using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage.AppQueues;

/// <summary>
/// A message in a <c>&lt;queue&gt;-poison</c> queue: the original message's id, body, dequeue count and insertion time
/// with the reason it was given up on. The service gives a moved message a new id, so the original one travels here.
/// </summary>
/// <param name="Marker">Always 1; tells an envelope from a plain message someone else put in the queue.</param>
/// <param name="Id">The original message id.</param>
/// <param name="Body">The original body, or null when it is in <paramref name="BodyBlob"/>.</param>
/// <param name="BodyBlob">The payload blob holding a body too large to travel with the envelope.</param>
/// <param name="DequeueCount">How many times the original was received.</param>
/// <param name="InsertedAt">When the original was enqueued.</param>
/// <param name="Reason">Why it is poison.</param>
internal sealed record PoisonEnvelope(
    [property: JsonPropertyName("$poison")] int Marker,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("bodyBlob")] string? BodyBlob,
    [property: JsonPropertyName("dequeueCount")] int DequeueCount,
    [property: JsonPropertyName("insertedAt")] DateTimeOffset InsertedAt,
    [property: JsonPropertyName("reason")] string Reason)
{
    private const string Prefix = "{\"$poison\":1,";

    /// <summary>Reads an envelope from a message text, if it is one.</summary>
    /// <param name="text">The message text.</param>
    /// <returns>The envelope, or <see langword="null"/> for a plain message.</returns>
    public static PoisonEnvelope? TryParse(string text)
    {
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PoisonEnvelope>(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the envelope as message text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToText() => JsonSerializer.Serialize(this);
}
