using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>What one episode produced: new history events and actions, and possibly the end of the execution.</summary>
/// <param name="NewEvents">Events to append to the history (scheduled actions and, at the end, completion).</param>
/// <param name="Actions">Actions to carry out once the episode has committed.</param>
/// <param name="CustomStatus">The latest serialized custom status.</param>
/// <param name="Completion">Set when the execution ended in this episode.</param>
public sealed record EpisodeResult(
    IReadOnlyList<HistoryEvent> NewEvents,
    IReadOnlyList<OrchestratorAction> Actions,
    string? CustomStatus,
    ExecutionCompletion? Completion);

/// <summary>How an execution ended.</summary>
/// <param name="Status">Completed, Failed or ContinuedAsNew.</param>
/// <param name="Output">The serialized output (or the new input when continued as new).</param>
/// <param name="Failure">The failure, when failed.</param>
/// <param name="CarriedEvents">Unprocessed events to deliver to the next execution (continue-as-new).</param>
public sealed record ExecutionCompletion(RuntimeStatus Status, string? Output, FailureDetails? Failure, IReadOnlyList<EventRaised> CarriedEvents);
