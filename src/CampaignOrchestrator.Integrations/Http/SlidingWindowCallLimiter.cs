namespace CampaignOrchestrator.Integrations.Http;

/// <summary>
/// Admits at most <c>permitLimit</c> calls in any window of <c>window</c>, counting each call from the moment it is
/// admitted until <c>window</c> after it completes.
/// </summary>
/// <remarks>
/// A vendor counts a call when it arrives, which is somewhere between our send and our receipt of the response. Holding
/// the slot until <c>completion + window</c> therefore guarantees that no window of the vendor's ever sees more than
/// <c>permitLimit</c> of our calls, whatever the network latency, while still letting a burst use the whole allowance.
/// </remarks>
public sealed class SlidingWindowCallLimiter : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _slotExpiries = new();
    private readonly LinkedList<TaskCompletionSource<CallPermit>> _waiters = new();
    private readonly TimeProvider _timeProvider;
    private readonly ITimer _timer;
    private int _inFlight;
    private bool _disposed;

    /// <summary>Creates a limiter.</summary>
    /// <param name="permitLimit">The calls allowed in any window; positive.</param>
    /// <param name="window">The window length; positive.</param>
    /// <param name="timeProvider">The clock.</param>
    public SlidingWindowCallLimiter(int permitLimit, TimeSpan window, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permitLimit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        PermitLimit = permitLimit;
        Window = window;
        _timeProvider = timeProvider;
        _timer = timeProvider.CreateTimer(_ => GrantExpiredSlots(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Gets the calls allowed in any window.</summary>
    public int PermitLimit { get; }

    /// <summary>Gets the window length.</summary>
    public TimeSpan Window { get; }

    /// <summary>Gets the number of callers waiting for a permit.</summary>
    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    /// <summary>Waits for a permit. Dispose the permit when the call has completed (successfully or not).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The permit.</returns>
    public ValueTask<CallPermit> AcquireAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TaskCompletionSource<CallPermit> waiter;
        LinkedListNode<TaskCompletionSource<CallPermit>> node;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            DropExpiredSlots(_timeProvider.GetUtcNow());
            if (_waiters.Count == 0 && HasFreeSlot())
            {
                _inFlight++;
                return ValueTask.FromResult(new CallPermit(this));
            }

            waiter = new TaskCompletionSource<CallPermit>(TaskCreationOptions.RunContinuationsAsynchronously);
            node = _waiters.AddLast(waiter);
            ScheduleTimer();
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => CancelWaiter(node, cancellationToken));
            _ = waiter.Task.ContinueWith(
                static (_, state) => ((CancellationTokenRegistration)state!).Dispose(),
                registration,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return new ValueTask<CallPermit>(waiter.Task);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var waiter in _waiters)
            {
                waiter.TrySetException(new ObjectDisposedException(nameof(SlidingWindowCallLimiter)));
            }

            _waiters.Clear();
        }

        _timer.Dispose();
    }

    internal void Release()
    {
        lock (_gate)
        {
            _inFlight--;
            _slotExpiries.Enqueue(_timeProvider.GetUtcNow() + Window);
            if (_waiters.Count > 0)
            {
                ScheduleTimer();
            }
        }
    }

    private void ReturnUnused()
    {
        lock (_gate)
        {
            _inFlight--;
        }

        GrantExpiredSlots();
    }

    private bool HasFreeSlot() => _inFlight + _slotExpiries.Count < PermitLimit;

    private void DropExpiredSlots(DateTimeOffset now)
    {
        while (_slotExpiries.Count > 0 && _slotExpiries.Peek() <= now)
        {
            _slotExpiries.Dequeue();
        }
    }

    private void GrantExpiredSlots()
    {
        var granted = new List<TaskCompletionSource<CallPermit>>();
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            DropExpiredSlots(_timeProvider.GetUtcNow());
            while (_waiters.Count > 0 && HasFreeSlot())
            {
                granted.Add(_waiters.First!.Value);
                _waiters.RemoveFirst();
                _inFlight++;
            }

            ScheduleTimer();
        }

        foreach (var waiter in granted)
        {
            // A waiter cancelled between removal and here would leak its slot, so hand the slot back.
            if (!waiter.TrySetResult(new CallPermit(this)))
            {
                ReturnUnused();
            }
        }
    }

    private void ScheduleTimer()
    {
        if (_waiters.Count == 0 || _slotExpiries.Count == 0)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var due = _slotExpiries.Peek() - _timeProvider.GetUtcNow();
        _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void CancelWaiter(LinkedListNode<TaskCompletionSource<CallPermit>> node, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (node.List is not null)
            {
                _waiters.Remove(node);
            }
        }

        node.Value.TrySetCanceled(cancellationToken);
    }
}
