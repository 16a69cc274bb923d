namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// In-process notifications between the client and the worker: new work wakes the dispatchers at once, and finished
/// episodes wake callers waiting for an instance. Across processes the same things are found by polling.
/// </summary>
internal sealed class EngineSignals : IDisposable
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _instancesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the signals.</summary>
    /// <param name="timeProvider">The clock for timer wake-ups.</param>
    public EngineSignals(TimeProvider timeProvider)
    {
        TimerWakeups = new TimerWakeups(timeProvider, OrchestrationWork);
    }

    /// <summary>Gets the signal that instance messages were queued.</summary>
    public WorkSignal OrchestrationWork { get; } = new();

    /// <summary>Gets the signal that activities were queued.</summary>
    public WorkSignal ActivityWork { get; } = new();

    /// <summary>Gets the wake-ups for durable timers.</summary>
    public TimerWakeups TimerWakeups { get; }

    /// <summary>Gets a task that completes the next time an episode commits in this process.</summary>
    public Task InstancesChanged
    {
        get
        {
            lock (_gate)
            {
                return _instancesChanged.Task;
            }
        }
    }

    /// <summary>Reports that an episode committed.</summary>
    public void NotifyInstancesChanged()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _instancesChanged;
            _instancesChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        TimerWakeups.Dispose();
        OrchestrationWork.Dispose();
        ActivityWork.Dispose();
    }
}
