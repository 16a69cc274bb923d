namespace CampaignOrchestrator.Durable.Backend.Orchestrations;

/// <summary>
/// Where instances, histories and messages live. Every backend (SQLite, Azure Storage) implements this contract and
/// runs the same conformance suite. Messages are delivered at least once; the engine makes their effect exactly once by
/// matching completions to task ids and committing each episode atomically (or in the Durable Task checkpoint order).
/// </summary>
public interface IOrchestrationStore
{
    /// <summary>
    /// Creates an instance and queues its start, unless an unfinished instance with that id exists (or any instance, when
    /// <see cref="NewInstance.OnlyIfAbsent"/>); a finished one is replaced. The check and the creation are atomic.
    /// </summary>
    /// <param name="start">The new instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when created; <see langword="false"/> when an instance with the id stays.</returns>
    Task<bool> CreateInstanceAsync(NewInstance start, CancellationToken cancellationToken = default);

    /// <summary>Queues a message for an instance (an event, a terminate/suspend/resume request, a completion).</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the message is durable.</returns>
    Task SendAsync(InstanceMessage message, CancellationToken cancellationToken = default);

    /// <summary>Reads an instance's state, optionally with its history.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="includeHistory">Whether to load the history.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state, or <see langword="null"/> when unknown.</returns>
    Task<InstanceState?> GetInstanceAsync(string instanceId, bool includeHistory, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads an instance's state without its input or history: what a caller waiting on the instance polls, at a cost that
    /// does not grow with the input's size.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state (its <see cref="InstanceState.Input"/> null), or <see langword="null"/> when unknown.</returns>
    Task<InstanceState?> GetInstanceStatusAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Lists instances matching a filter, one page at a time.</summary>
    /// <param name="query">The filter and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the continuation token of the next one.</returns>
    Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes finished instances (state, history and messages) matching a filter, in bounded batches.</summary>
    /// <param name="filter">An instance id, or a created-time range and statuses.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of instances deleted.</returns>
    Task<int> PurgeAsync(PurgeFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Locks the next instance that has visible messages, with its history and those messages.</summary>
    /// <param name="lockFor">How long the lock lasts unless renewed or released.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work item, or <see langword="null"/> when there is nothing to do.</returns>
    Task<OrchestrationWorkItem?> LockNextOrchestrationAsync(TimeSpan lockFor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits an episode as one state transition: appends history, updates the instance row and custom status, queues
    /// the outbound messages (activities, timers, sub-orchestration starts, the parent's completion) and removes the
    /// consumed messages. Fails with <see cref="LockLostException"/> when the lock is no longer held.
    /// </summary>
    /// <param name="item">The locked work item.</param>
    /// <param name="commit">What the episode produced.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// Once the commit is durable, the activities it queued already locked for the caller (see
    /// <see cref="EpisodeCommit.Prefetch"/>); empty when none were asked for.
    /// </returns>
    Task<IReadOnlyList<ActivityWorkItem>> CommitOrchestrationAsync(OrchestrationWorkItem item, EpisodeCommit commit, CancellationToken cancellationToken = default);

    /// <summary>Releases a work item without committing; its messages become visible again after <paramref name="retryAfter"/>.</summary>
    /// <param name="item">The locked work item.</param>
    /// <param name="retryAfter">The delay before redelivery.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when released.</returns>
    Task AbandonOrchestrationAsync(OrchestrationWorkItem item, TimeSpan retryAfter, CancellationToken cancellationToken = default);

    /// <summary>Locks up to <paramref name="maxCount"/> visible activity executions at once, oldest first.</summary>
    /// <param name="maxCount">The most to lock.</param>
    /// <param name="lockFor">How long each lock lasts unless renewed or released.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work items; empty when there is nothing to do.</returns>
    Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(int maxCount, TimeSpan lockFor, CancellationToken cancellationToken = default);

    /// <summary>Locks the next visible activity execution.</summary>
    /// <param name="lockFor">How long the lock lasts unless renewed or released.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The work item, or <see langword="null"/> when there is nothing to do.</returns>
    Task<ActivityWorkItem?> LockNextActivityAsync(TimeSpan lockFor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an activity's outcome: removes the activity message and queues the result to its instance (tagged with the
    /// request's execution id), atomically. Fails with <see cref="LockLostException"/> when the lock is no longer held.
    /// </summary>
    /// <param name="item">The locked work item.</param>
    /// <param name="result">A <c>TaskCompleted</c> or <c>TaskFailed</c> event.</param>
    /// <param name="deadLetterReason">Set when the activity is poison: a copy of the request is kept with this reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the result is durable.</returns>
    Task CompleteActivityAsync(ActivityWorkItem item, History.HistoryEvent result, string? deadLetterReason = null, CancellationToken cancellationToken = default);

    /// <summary>Releases an activity without a result; it becomes visible again after <paramref name="retryAfter"/>.</summary>
    /// <param name="item">The locked work item.</param>
    /// <param name="retryAfter">The delay before redelivery.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when released.</returns>
    Task AbandonActivityAsync(ActivityWorkItem item, TimeSpan retryAfter, CancellationToken cancellationToken = default);

    /// <summary>Extends a lock that is still held.</summary>
    /// <param name="lockToken">The work item's lock token.</param>
    /// <param name="lockFor">The new duration from now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lock was lost.</returns>
    Task<bool> RenewLockAsync(string lockToken, TimeSpan lockFor, CancellationToken cancellationToken = default);

    /// <summary>Lists dead-lettered messages, oldest first.</summary>
    /// <param name="instanceId">Only this instance's; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dead letters.</returns>
    Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(string? instanceId = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the work waiting now: visible instance messages and visible activity executions (for metrics).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    Task<Backlog> GetBacklogAsync(CancellationToken cancellationToken = default);
}
