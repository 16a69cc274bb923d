using System.Text.Json;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>A message on a control queue: an event for an instance, due at a time on the store's clock.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="ExecutionId">The execution it is for; any execution when null.</param>
/// <param name="VisibleAt">When it is due (a timer's fire time, a retry's delay).</param>
/// <param name="Event">The event, or null when it is in <paramref name="EventBlob"/>.</param>
/// <param name="EventBlob">The payload blob holding an event too large for a queue message.</param>
internal sealed record ControlMessage(string InstanceId, string? ExecutionId, DateTimeOffset VisibleAt, HistoryEvent? Event, string? EventBlob)
{
    /// <summary>Writes the message as JSON.</summary>
    /// <returns>The text.</returns>
    public string ToText() => JsonSerializer.Serialize(this, DataConverter.Options);

    /// <summary>Reads a message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message, or <see langword="null"/> when the text is not one (written by something else).</returns>
    public static ControlMessage? TryParse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<ControlMessage>(text, DataConverter.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A message on the work-item queue: an activity execution.</summary>
/// <param name="Request">The request, its input in <paramref name="InputBlob"/> when too large.</param>
/// <param name="InputBlob">The payload blob holding a large input.</param>
internal sealed record ActivityMessage(ActivityRequest Request, string? InputBlob)
{
    /// <summary>Writes the message as JSON.</summary>
    /// <returns>The text.</returns>
    public string ToText() => JsonSerializer.Serialize(this, DataConverter.Options);

    /// <summary>Reads a message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message, or <see langword="null"/> when the text is not one.</returns>
    public static ActivityMessage? TryParse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<ActivityMessage>(text, DataConverter.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
