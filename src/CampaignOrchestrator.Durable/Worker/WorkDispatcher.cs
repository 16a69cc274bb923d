using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// One dispatch loop: takes work items from the store while concurrency slots are free (as many as are free, in one
/// call) and runs each on the thread pool. An idle loop waits for an in-process signal or a poll interval that doubles up to the maximum, so an idle
/// worker costs a query a second at most.
/// </summary>
/// <typeparam name="TItem">The work item type.</typeparam>
internal sealed class WorkDispatcher<TItem> : IDisposable
    where TItem : class
{
    private static readonly TimeSpan FirstIdleInterval = TimeSpan.FromMilliseconds(10);

    private readonly string _kind;
    private readonly SemaphoreSlim _slots;
    private readonly Func<int, CancellationToken, Task<IReadOnlyList<TItem>>> _fetch;
    private readonly Func<TItem, CancellationToken, Task> _process;
    private readonly WorkSignal _signal;
    private readonly TimeSpan _maxPollingInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly HashSet<Task> _running = [];
    private readonly Lock _gate = new();
    private readonly CancellationToken _abandonRunning;
    private bool _closed;

    /// <summary>Creates a dispatch loop.</summary>
    /// <param name="kind">What it dispatches, for logs.</param>
    /// <param name="concurrency">How many items run at once.</param>
    /// <param name="fetch">Locks up to the given number of items; empty when there is nothing to do.</param>
    /// <param name="process">Runs an item; the token is cancelled when shutdown gives up waiting.</param>
    /// <param name="signal">Wakes the loop when work appears in this process.</param>
    /// <param name="maxPollingInterval">The longest idle wait.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="abandonRunning">Passed to running items: cancelled when shutdown stops waiting for them.</param>
    public WorkDispatcher(
        string kind,
        int concurrency,
        Func<int, CancellationToken, Task<IReadOnlyList<TItem>>> fetch,
        Func<TItem, CancellationToken, Task> process,
        WorkSignal signal,
        TimeSpan maxPollingInterval,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken abandonRunning)
    {
        _abandonRunning = abandonRunning;
        _kind = kind;
        _slots = new SemaphoreSlim(concurrency, concurrency);
        _fetch = fetch;
        _process = process;
        _signal = signal;
        _maxPollingInterval = maxPollingInterval;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Runs until <paramref name="stopTaking"/> is cancelled, then waits for the items in flight.</summary>
    /// <param name="stopTaking">Stops taking new items.</param>
    /// <returns>A task that completes when the loop and every item it started have finished.</returns>
    public async Task RunAsync(CancellationToken stopTaking)
    {
        var idleInterval = FirstIdleInterval;
        while (!stopTaking.IsCancellationRequested)
        {
            try
            {
                await _slots.WaitAsync(stopTaking);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // Take every free slot, so one store call can lock a batch of items.
            var slots = 1;
            while (_slots.Wait(0, CancellationToken.None))
            {
                slots++;
            }

            IReadOnlyList<TItem> items;
            try
            {
                items = await _fetch(slots, stopTaking);
            }
            catch (OperationCanceledException) when (stopTaking.IsCancellationRequested)
            {
                _slots.Release(slots);
                break;
            }
            catch (Exception exception)
            {
                // A store outage must not end the loop: log it and try again after the idle interval.
                Logs.FetchFailed(_logger, exception, _kind);
                items = [];
            }

            if (slots > items.Count)
            {
                _slots.Release(slots - items.Count);
            }

            if (items.Count == 0)
            {
                // A notification means work is likely near: poll briskly again; silence lets the interval grow.
                idleInterval = await _signal.WaitAsync(idleInterval, _timeProvider, stopTaking)
                    ? FirstIdleInterval
                    : TimeSpan.FromTicks(Math.Min(idleInterval.Ticks * 2, _maxPollingInterval.Ticks));
                continue;
            }

            idleInterval = FirstIdleInterval;
            foreach (var item in items)
            {
                Track(Task.Run(() => _process(item, _abandonRunning), CancellationToken.None));
            }
        }

        // Wait until nothing runs, including items handed over by RunReserved while the loop was ending; then close.
        while (true)
        {
            Task[] running;
            lock (_gate)
            {
                running = [.. _running];
                _closed = running.Length == 0;
            }

            if (running.Length == 0)
            {
                return;
            }

            await Task.WhenAll(running);
        }
    }

    /// <summary>Reserves free slots for items obtained elsewhere (activities a commit locked for this worker).</summary>
    /// <param name="max">The most slots wanted.</param>
    /// <returns>How many were reserved; each must be used by <see cref="RunReserved"/> or returned by <see cref="Release"/>.</returns>
    public int TryReserve(int max)
    {
        var reserved = 0;
        while (reserved < max && _slots.Wait(0))
        {
            reserved++;
        }

        return reserved;
    }

    /// <summary>Returns reserved slots that were not used.</summary>
    /// <param name="count">How many.</param>
    public void Release(int count)
    {
        if (count > 0)
        {
            _slots.Release(count);
        }
    }

    /// <summary>Runs an item in a slot reserved with <see cref="TryReserve"/>; the slot is freed when it finishes.</summary>
    /// <param name="item">The locked item.</param>
    /// <returns><see langword="false"/> when the dispatcher has stopped: the caller must release the item itself.</returns>
    public bool RunReserved(TItem item)
    {
        Task task;
        lock (_gate)
        {
            if (_closed)
            {
                _slots.Release();
                return false;
            }

            task = Task.Run(() => _process(item, _abandonRunning), CancellationToken.None);
            _running.Add(task);
        }

        ReleaseWhenFinished(task);
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private void Track(Task task)
    {
        lock (_gate)
        {
            _running.Add(task);
        }

        ReleaseWhenFinished(task);
    }

    private void ReleaseWhenFinished(Task task) =>
        task.ContinueWith(
            finished =>
            {
                lock (_gate)
                {
                    _running.Remove(finished);
                }

                _slots.Release();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
