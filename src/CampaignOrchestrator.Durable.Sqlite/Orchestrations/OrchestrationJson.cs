using System.Text.Json;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The stored JSON of events, failures and activity requests.</summary>
internal static class OrchestrationJson
{
    /// <summary>Serializes an event as its base type, so the <c>eventType</c> discriminator is written.</summary>
    /// <param name="historyEvent">The event.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(HistoryEvent historyEvent) => JsonSerializer.Serialize(historyEvent, DataConverter.Options);

    /// <summary>Reads an event written by <see cref="Serialize(HistoryEvent)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    public static HistoryEvent DeserializeEvent(string json) =>
        JsonSerializer.Deserialize<HistoryEvent>(json, DataConverter.Options)
        ?? throw new InvalidOperationException("A stored history event is the JSON literal null.");

    /// <summary>Serializes a failure; null stays null.</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The JSON text.</returns>
    public static string? Serialize(FailureDetails? failure) => failure is null ? null : JsonSerializer.Serialize(failure, DataConverter.Options);

    /// <summary>Reads a failure; null stays null.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The failure.</returns>
    public static FailureDetails? DeserializeFailure(string? json) => json is null ? null : JsonSerializer.Deserialize<FailureDetails>(json, DataConverter.Options);

    /// <summary>Serializes an activity request, the payload of an activity dead letter.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ActivityRequest request) => JsonSerializer.Serialize(request, DataConverter.Options);
}
