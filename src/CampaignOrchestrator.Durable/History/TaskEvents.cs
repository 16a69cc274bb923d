using System.Text.Json.Serialization;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.History;

/// <summary>The orchestration scheduled an activity.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskId">The task id (the order of the orchestration's scheduled actions).</param>
/// <param name="Name">The activity name.</param>
/// <param name="Input">The serialized input.</param>
public sealed record TaskScheduled(
    DateTimeOffset Timestamp,
    int TaskId,
    string Name,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Input) : HistoryEvent(Timestamp);

/// <summary>An activity completed.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskScheduledId">The task id it answers.</param>
/// <param name="Result">The serialized result.</param>
public sealed record TaskCompleted(
    DateTimeOffset Timestamp,
    int TaskScheduledId,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Result) : HistoryEvent(Timestamp);

/// <summary>An activity failed.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskScheduledId">The task id it answers.</param>
/// <param name="Failure">The failure.</param>
public sealed record TaskFailed(DateTimeOffset Timestamp, int TaskScheduledId, FailureDetails Failure) : HistoryEvent(Timestamp);

/// <summary>The orchestration created a durable timer.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskId">The task id.</param>
/// <param name="FireAt">When it fires (UTC).</param>
public sealed record TimerCreated(DateTimeOffset Timestamp, int TaskId, DateTimeOffset FireAt) : HistoryEvent(Timestamp);

/// <summary>A durable timer fired.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TimerId">The task id of the timer.</param>
/// <param name="FireAt">The time it was due.</param>
public sealed record TimerFired(DateTimeOffset Timestamp, int TimerId, DateTimeOffset FireAt) : HistoryEvent(Timestamp);

/// <summary>The orchestration started a sub-orchestration.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskId">The task id.</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="InstanceId">The child's instance id.</param>
/// <param name="Input">The serialized input.</param>
public sealed record SubOrchestrationCreated(
    DateTimeOffset Timestamp,
    int TaskId,
    string Name,
    string InstanceId,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Input)
    : HistoryEvent(Timestamp);

/// <summary>A sub-orchestration completed.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskScheduledId">The parent's task id.</param>
/// <param name="Result">The serialized output.</param>
public sealed record SubOrchestrationCompleted(
    DateTimeOffset Timestamp,
    int TaskScheduledId,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Result) : HistoryEvent(Timestamp);

/// <summary>A sub-orchestration failed.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="TaskScheduledId">The parent's task id.</param>
/// <param name="Failure">The failure.</param>
public sealed record SubOrchestrationFailed(DateTimeOffset Timestamp, int TaskScheduledId, FailureDetails Failure) : HistoryEvent(Timestamp);
