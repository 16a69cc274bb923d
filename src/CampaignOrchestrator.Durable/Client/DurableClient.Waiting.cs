using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Durable.Client;

/// <summary>Waiting for an instance.</summary>
public partial class DurableClient
{
    private static readonly TimeSpan FirstPollInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Waits until an instance has finished (Completed, Failed, Terminated or Canceled).</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="includeHistory">Whether the returned state includes the history.</param>
    /// <param name="cancellationToken">Ends the wait (use a timeout here).</param>
    /// <returns>The finished state.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    public virtual Task<InstanceState> WaitForCompletionAsync(string instanceId, bool includeHistory = false, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(instanceId, includeHistory, static state => state.Status.IsFinished(), cancellationToken);

    /// <summary>
    /// Waits until an instance exists and has started (its status is no longer Pending). An instance that does not
    /// exist yet is waited for — it may be about to be created by a sub-orchestration call, a queue trigger or a
    /// scheduler — as Durable Task's <c>WaitForInstanceStartAsync</c> does.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Ends the wait (use a timeout here).</param>
    /// <returns>The state.</returns>
    public virtual Task<InstanceState> WaitForStartAsync(string instanceId, CancellationToken cancellationToken = default) =>
        WaitCoreAsync(instanceId, false, static state => state.Status != RuntimeStatus.Pending, waitForCreation: true, cancellationToken);

    /// <summary>Waits until an instance's state satisfies a condition.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="includeHistory">Whether to read the history.</param>
    /// <param name="condition">
    /// The condition. Without <paramref name="includeHistory"/>, it is tested first on the polled status (the state without
    /// its input), then on the full state.
    /// </param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The first state that satisfied it.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    public virtual Task<InstanceState> WaitUntilAsync(string instanceId, bool includeHistory, Func<InstanceState, bool> condition, CancellationToken cancellationToken = default) =>
        WaitCoreAsync(instanceId, includeHistory, condition, waitForCreation: false, cancellationToken);

    // Without the history, polls the status alone (no input), so waiting on an instance with a large input costs what
    // waiting on a small one does; the full state is read once the status satisfies the condition, and checked again,
    // since the instance may have moved on in between. A condition on the history polls the full state.
    private async Task<InstanceState> WaitCoreAsync(
        string instanceId, bool includeHistory, Func<InstanceState, bool> condition, bool waitForCreation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var interval = FirstPollInterval;
        while (true)
        {
            // Take the change notification before reading, so a commit between the read and the wait still wakes us.
            var changed = _signals?.InstancesChanged;
            var status = includeHistory
                ? await GetAsync(instanceId, includeHistory, cancellationToken)
                : await GetStatusAsync(instanceId, cancellationToken);
            if (status is null && !waitForCreation)
            {
                throw new InstanceNotFoundException(instanceId);
            }

            if (status is not null && condition(status)
                && (includeHistory ? status : await GetAsync(instanceId, includeHistory, cancellationToken)) is { } state && condition(state))
            {
                return state;
            }

            using (var pollDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var poll = Task.Delay(interval, _timeProvider, pollDelay.Token);
                await (changed is null ? poll : Task.WhenAny(changed, poll)).WaitAsync(cancellationToken);
                await pollDelay.CancelAsync();
            }

            interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, MaxPollInterval.Ticks));
        }
    }
}
