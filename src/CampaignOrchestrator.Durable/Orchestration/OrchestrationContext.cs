using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Orchestration;

/// <summary>
/// What an orchestration may do. Orchestration code is replayed many times, so it must be deterministic: read time
/// from <see cref="CurrentUtcDateTime"/>, make ids with <see cref="NewGuid"/>, do I/O only in activities, and log
/// through <see cref="CreateReplaySafeLogger"/>.
/// </summary>
public abstract class OrchestrationContext
{
    /// <summary>Gets the instance id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>Gets the orchestrator name.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the current time: the start of the current episode, identical on every replay.</summary>
    public abstract DateTimeOffset CurrentUtcDateTime { get; }

    /// <summary>Gets whether the code is re-executing history (side effects such as logging should be skipped).</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>Schedules an activity and awaits its result.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">The activity name.</param>
    /// <param name="input">The input.</param>
    /// <param name="retry">An optional durable retry policy.</param>
    /// <returns>The result.</returns>
    /// <exception cref="TaskFailedException">The activity failed (after the retries).</exception>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null);

    /// <summary>Starts a sub-orchestration and awaits its output.</summary>
    /// <typeparam name="TResult">The output type.</typeparam>
    /// <param name="name">The orchestrator name.</param>
    /// <param name="input">The input.</param>
    /// <param name="instanceId">The child's instance id; derived from this instance's id when omitted.</param>
    /// <param name="retry">An optional durable retry policy.</param>
    /// <returns>The output.</returns>
    /// <exception cref="TaskFailedException">The sub-orchestration failed.</exception>
    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, string? instanceId = null, RetryPolicy? retry = null);

    /// <summary>Creates a durable timer.</summary>
    /// <param name="fireAt">When it fires (UTC); any distance in the future.</param>
    /// <param name="cancellationToken">
    /// Cancels the wait (the orchestration may then finish without it). Cancel its source with <c>Cancel()</c>, not
    /// <c>CancelAsync()</c>, which would run the cancellation on another thread, outside deterministic replay.
    /// </param>
    /// <returns>A task that completes when the timer fires.</returns>
    public abstract Task CreateTimer(DateTimeOffset fireAt, CancellationToken cancellationToken = default);

    /// <summary>Waits for an external event; events raised before the wait are buffered and delivered in order.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="name">The event name (case-insensitive).</param>
    /// <param name="timeout">An optional timeout, measured by a durable timer.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="TimeoutException">The timeout passed first.</exception>
    public abstract Task<T> WaitForExternalEvent<T>(string name, TimeSpan? timeout = null);

    /// <summary>Ends this execution and starts a new one with <paramref name="input"/>; unprocessed events carry over.</summary>
    /// <param name="input">The new input.</param>
    public abstract void ContinueAsNew(object? input);

    /// <summary>Publishes a custom status, visible through the management API.</summary>
    /// <param name="status">The status (serialized to JSON).</param>
    public abstract void SetCustomStatus(object? status);

    /// <summary>Creates a GUID that is the same on every replay.</summary>
    /// <returns>The GUID.</returns>
    public abstract Guid NewGuid();

    /// <summary>Creates a logger that writes only when the code is not replaying.</summary>
    /// <param name="logger">The underlying logger.</param>
    /// <returns>The replay-safe logger.</returns>
    public abstract ILogger CreateReplaySafeLogger(ILogger logger);
}
