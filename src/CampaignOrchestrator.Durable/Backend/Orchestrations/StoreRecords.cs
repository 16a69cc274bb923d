using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Backend.Orchestrations;

/// <summary>A new instance to create.</summary>
/// <param name="InstanceId">The id (URL-safe characters).</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="Input">The serialized input.</param>
/// <param name="ScheduledStart">When to start; now when null.</param>
/// <param name="Parent">The parent, for a sub-orchestration.</param>
/// <param name="OnlyIfAbsent">
/// Create only when no instance has the id; when <see langword="false"/>, a finished instance with the id is replaced.
/// </param>
public sealed record NewInstance(
    string InstanceId, string Name, string? Input, DateTimeOffset? ScheduledStart = null, ParentInstance? Parent = null, bool OnlyIfAbsent = false);

/// <summary>A message for an instance.</summary>
/// <param name="InstanceId">The target instance.</param>
/// <param name="Event">The event to deliver (an <see cref="EventRaised"/>, a completion, <see cref="ExecutionTerminated"/>, ...).</param>
/// <param name="VisibleAt">When it may be delivered (timers); now when null.</param>
/// <param name="ExecutionId">
/// The execution it belongs to (timers, activity results, a child's reply); the store drops it, undelivered, once the
/// instance has moved on to another execution (continue-as-new), so a late result never reaches the wrong execution.
/// Null for messages to whatever execution is current (events, terminate, suspend, resume).
/// </param>
public sealed record InstanceMessage(string InstanceId, HistoryEvent Event, DateTimeOffset? VisibleAt = null, string? ExecutionId = null);

/// <summary>What a caller may read of an instance.</summary>
/// <param name="InstanceId">The id.</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="ExecutionId">The current execution.</param>
/// <param name="Status">The runtime status.</param>
/// <param name="Input">The serialized input.</param>
/// <param name="Output">The serialized output (or failure).</param>
/// <param name="CustomStatus">The serialized custom status.</param>
/// <param name="CreatedAt">When created.</param>
/// <param name="LastUpdatedAt">When last updated.</param>
/// <param name="Failure">The failure, when failed.</param>
/// <param name="History">The history, when requested.</param>
public sealed record InstanceState(
    string InstanceId,
    string Name,
    string ExecutionId,
    RuntimeStatus Status,
    string? Input,
    string? Output,
    string? CustomStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    FailureDetails? Failure = null,
    IReadOnlyList<HistoryEvent>? History = null);

/// <summary>A filter and page for listing instances.</summary>
/// <param name="Statuses">Only these statuses; all when empty.</param>
/// <param name="CreatedFrom">Created at or after.</param>
/// <param name="CreatedTo">Created at or before.</param>
/// <param name="InstanceIdPrefix">Ids starting with this.</param>
/// <param name="PageSize">The page size (default 100).</param>
/// <param name="ContinuationToken">The token of the page to read; the first page when null.</param>
/// <param name="IncludeInput">Whether to return inputs.</param>
public sealed record InstanceQuery(
    IReadOnlyCollection<RuntimeStatus>? Statuses = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    string? InstanceIdPrefix = null,
    int PageSize = 100,
    string? ContinuationToken = null,
    bool IncludeInput = true);

/// <summary>One page of instances.</summary>
/// <param name="Instances">The instances.</param>
/// <param name="ContinuationToken">The next page's token; null on the last page.</param>
public sealed record InstancePage(IReadOnlyList<InstanceState> Instances, string? ContinuationToken);

/// <summary>Which instances to purge.</summary>
/// <param name="InstanceId">One instance; or null to use the range.</param>
/// <param name="CreatedFrom">Created at or after.</param>
/// <param name="CreatedTo">Created at or before.</param>
/// <param name="Statuses">Only these (finished) statuses.</param>
public sealed record PurgeFilter(string? InstanceId = null, DateTimeOffset? CreatedFrom = null, DateTimeOffset? CreatedTo = null, IReadOnlyCollection<RuntimeStatus>? Statuses = null);

/// <summary>A locked instance: its committed history and the messages to apply in this episode.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="LockToken">Proves the lock when committing.</param>
/// <param name="History">The current execution's committed history.</param>
/// <param name="Messages">The visible messages, in arrival order.</param>
/// <param name="DeliveryCount">How many times the instance has been locked since its last commit (1 on first delivery; for poison detection).</param>
/// <param name="Status">The instance's runtime status when locked.</param>
/// <param name="CustomStatus">The instance's serialized custom status when locked (kept by commits that run no code).</param>
public sealed record OrchestrationWorkItem(
    string InstanceId,
    string LockToken,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<HistoryEvent> Messages,
    int DeliveryCount,
    RuntimeStatus Status,
    string? CustomStatus = null);

/// <summary>What an episode commits.</summary>
/// <param name="NewHistory">Events appended to the history (the episode's messages included).</param>
/// <param name="Status">The instance's new runtime status.</param>
/// <param name="CustomStatus">The serialized custom status.</param>
/// <param name="Output">The serialized output, when finished.</param>
/// <param name="Failure">The failure, when failed.</param>
/// <param name="Outbound">Messages to other instances and activity executions to queue.</param>
/// <param name="ContinuedAs">
/// Set when the execution continues as new: the store discards the current history (<paramref name="NewHistory"/> is
/// empty), takes the instance's execution id and input from this event, and queues it as the first message of the new
/// execution, ahead of the carried events in <paramref name="Outbound"/>.
/// </param>
/// <param name="DeadLetterReason">
/// Set when the episode's messages are poison: the store keeps a copy of each consumed message with this reason (see
/// <see cref="IOrchestrationStore.ListDeadLettersAsync"/>) before removing it.
/// </param>
/// <param name="Prefetch">
/// Set when the committing worker has free activity slots: the store queues up to this many of the commit's activities
/// already locked for it and returns them, saving a lock round trip per activity.
/// </param>
public sealed record EpisodeCommit(
    IReadOnlyList<HistoryEvent> NewHistory,
    RuntimeStatus Status,
    string? CustomStatus,
    string? Output,
    FailureDetails? Failure,
    IReadOnlyList<OutboundMessage> Outbound,
    ExecutionStarted? ContinuedAs = null,
    string? DeadLetterReason = null,
    ActivityPrefetch? Prefetch = null);

/// <summary>Activities a commit queues already locked for the committing worker.</summary>
/// <param name="MaxCount">The most to lock.</param>
/// <param name="LockFor">How long each lock lasts unless renewed or released.</param>
public sealed record ActivityPrefetch(int MaxCount, TimeSpan LockFor);

/// <summary>A message an episode sends: an activity to run, a timer, or a message to another instance.</summary>
/// <param name="Activity">An activity execution to queue.</param>
/// <param name="ToInstance">A message to an instance (itself for timers, a child start, a parent completion).</param>
/// <param name="NewChild">A sub-orchestration to create.</param>
public sealed record OutboundMessage(ActivityRequest? Activity = null, InstanceMessage? ToInstance = null, NewInstance? NewChild = null);

/// <summary>An activity execution.</summary>
/// <param name="InstanceId">The scheduling instance.</param>
/// <param name="TaskId">The task id.</param>
/// <param name="Name">The activity name.</param>
/// <param name="Input">The serialized input.</param>
/// <param name="ExecutionId">The scheduling execution; its result is dropped if the instance has moved on to another.</param>
public sealed record ActivityRequest(string InstanceId, int TaskId, string Name, string? Input, string? ExecutionId = null);

/// <summary>A locked activity execution.</summary>
/// <param name="Request">The activity.</param>
/// <param name="LockToken">Proves the lock when completing.</param>
/// <param name="DeliveryCount">How many times it has been locked (1 on first delivery).</param>
public sealed record ActivityWorkItem(ActivityRequest Request, string LockToken, int DeliveryCount);

/// <summary>A message that was given up on, kept for operators with the reason.</summary>
/// <param name="InstanceId">The instance it was for.</param>
/// <param name="Kind"><c>orchestration</c> (a message to the instance) or <c>activity</c> (an activity execution).</param>
/// <param name="Payload">The message as JSON (a history event or an activity request).</param>
/// <param name="Reason">Why it was dead-lettered.</param>
/// <param name="DeadLetteredAt">When.</param>
public sealed record DeadLetter(string InstanceId, string Kind, string Payload, string Reason, DateTimeOffset DeadLetteredAt);

/// <summary>Work waiting in a store.</summary>
/// <param name="InstanceMessages">Instance messages visible now (events, results, due timers).</param>
/// <param name="Activities">Activity executions visible now (queued, not locked).</param>
public sealed record Backlog(long InstanceMessages, long Activities);
