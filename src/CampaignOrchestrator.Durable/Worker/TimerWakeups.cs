namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Wakes the orchestration dispatcher when a durable timer created in this process comes due, so timers fire on time
/// without polling the store fast. Timers created by other processes are found by the ordinary idle poll.
/// </summary>
internal sealed class TimerWakeups : IDisposable
{
    private readonly SortedSet<DateTimeOffset> _due = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly WorkSignal _signal;
    private readonly ITimer _timer;
    private DateTimeOffset? _armedFor;

    /// <summary>Creates the wake-up schedule.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="signal">The signal to raise when a timer comes due.</param>
    public TimerWakeups(TimeProvider timeProvider, WorkSignal signal)
    {
        _timeProvider = timeProvider;
        _signal = signal;
        _timer = timeProvider.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Schedules a wake-up.</summary>
    /// <param name="dueAt">When a timer comes due.</param>
    public void Schedule(DateTimeOffset dueAt)
    {
        lock (_gate)
        {
            _due.Add(dueAt);
            ArmForEarliest();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    private void Fire()
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            _armedFor = null;
            var removed = _due.RemoveWhere(due => due <= now);
            if (removed == 0)
            {
                // A system timer may fire a hair early (it counts whole milliseconds): try again a millisecond later
                // rather than spin until the due instant.
                ArmForEarliest(TimeSpan.FromMilliseconds(1));
                return;
            }

            ArmForEarliest();
        }

        _signal.Notify();
    }

    private void ArmForEarliest(TimeSpan? atLeast = null)
    {
        if (_due.Count == 0 || _armedFor <= _due.Min)
        {
            return;
        }

        _armedFor = _due.Min;
        var delay = _due.Min - _timeProvider.GetUtcNow();
        var floor = atLeast ?? TimeSpan.Zero;
        _timer.Change(delay > floor ? delay : floor, Timeout.InfiniteTimeSpan);
    }
}
