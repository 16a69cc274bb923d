using System.Text.Json.Serialization;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.History;

/// <summary>An execution began.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="InstanceId">The instance id.</param>
/// <param name="ExecutionId">The execution id (new for each continue-as-new).</param>
/// <param name="Input">The serialized input.</param>
/// <param name="Parent">The parent orchestration, for a sub-orchestration.</param>
public sealed record ExecutionStarted(
    DateTimeOffset Timestamp,
    string Name,
    string InstanceId,
    string ExecutionId,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Input,
    ParentInstance? Parent = null)
    : HistoryEvent(Timestamp);

/// <summary>Identifies the orchestration that started a sub-orchestration, and the task it awaits it as.</summary>
/// <param name="InstanceId">The parent's instance id.</param>
/// <param name="TaskId">The parent's task id for this sub-orchestration.</param>
/// <param name="ExecutionId">The parent's execution that awaits the reply.</param>
public sealed record ParentInstance(string InstanceId, int TaskId, string? ExecutionId = null);

/// <summary>An episode began; its timestamp is the orchestration's <c>CurrentUtcDateTime</c> for that episode.</summary>
/// <param name="Timestamp">When.</param>
public sealed record OrchestratorStarted(DateTimeOffset Timestamp) : HistoryEvent(Timestamp);

/// <summary>The execution was suspended.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Reason">Why.</param>
public sealed record ExecutionSuspended(DateTimeOffset Timestamp, string? Reason) : HistoryEvent(Timestamp);

/// <summary>The execution was resumed.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Reason">Why.</param>
public sealed record ExecutionResumed(DateTimeOffset Timestamp, string? Reason) : HistoryEvent(Timestamp);

/// <summary>The execution was terminated.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Reason">Why.</param>
public sealed record ExecutionTerminated(DateTimeOffset Timestamp, string? Reason) : HistoryEvent(Timestamp);

/// <summary>The execution finished.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Status">Completed, Failed or Terminated.</param>
/// <param name="Output">The serialized output.</param>
/// <param name="Failure">The failure, when failed.</param>
public sealed record ExecutionCompleted(
    DateTimeOffset Timestamp,
    RuntimeStatus Status,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Output,
    FailureDetails? Failure = null)
    : HistoryEvent(Timestamp);

/// <summary>The execution restarted itself with new input.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Input">The new input.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The Durable Task name of this event.")]
public sealed record ContinuedAsNew(
    DateTimeOffset Timestamp,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Input) : HistoryEvent(Timestamp);

/// <summary>An external event arrived.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Name">The event name (case-insensitive).</param>
/// <param name="Input">The serialized payload.</param>
public sealed record EventRaised(
    DateTimeOffset Timestamp,
    string Name,
    [property: JsonConverter(typeof(JsonPayloadConverter))] string? Input) : HistoryEvent(Timestamp);
