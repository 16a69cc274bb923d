using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// One dispatch loop: takes work items from the store while a concurrency slot is free and runs each on the thread
/// pool. An idle loop waits for an in-process signal or a poll interval that doubles up to the maximum, so an idle
/// worker costs a query a second at most.
/// </summary>
/// <typeparam name="TItem">The work item type.</typeparam>
internal sealed class WorkDispatcher<TItem> : IDisposable
    where TItem : class
{
    private static readonly TimeSpan FirstIdleInterval = TimeSpan.FromMilliseconds(10);

    private readonly string _kind;
    private readonly SemaphoreSlim _slots;
    private readonly Func<CancellationToken, Task<TItem?>> _fetch;
    private readonly Func<TItem, CancellationToken, Task> _process;
    private readonly WorkSignal _signal;
    private readonly TimeSpan _maxPollingInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly HashSet<Task> _running = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a dispatch loop.</summary>
    /// <param name="kind">What it dispatches, for logs.</param>
    /// <param name="concurrency">How many items run at once.</param>
    /// <param name="fetch">Locks the next item, or returns null.</param>
    /// <param name="process">Runs an item; the token is cancelled when shutdown gives up waiting.</param>
    /// <param name="signal">Wakes the loop when work appears in this process.</param>
    /// <param name="maxPollingInterval">The longest idle wait.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public WorkDispatcher(
        string kind,
        int concurrency,
        Func<CancellationToken, Task<TItem?>> fetch,
        Func<TItem, CancellationToken, Task> process,
        WorkSignal signal,
        TimeSpan maxPollingInterval,
        TimeProvider timeProvider,
        ILogger logger)
    {
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
    /// <param name="abandonRunning">Passed to running items: cancelled when shutdown stops waiting for them.</param>
    /// <returns>A task that completes when the loop and every item it started have finished.</returns>
    public async Task RunAsync(CancellationToken stopTaking, CancellationToken abandonRunning)
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

            TItem? item;
            try
            {
                item = await _fetch(stopTaking);
            }
            catch (OperationCanceledException) when (stopTaking.IsCancellationRequested)
            {
                _slots.Release();
                break;
            }
            catch (Exception exception)
            {
                // A store outage must not end the loop: log it and try again after the idle interval.
                _slots.Release();
                Logs.FetchFailed(_logger, exception, _kind);
                item = null;
            }

            if (item is null)
            {
                _slots.Release();
                await _signal.WaitAsync(idleInterval, _timeProvider, stopTaking);
                idleInterval = TimeSpan.FromTicks(Math.Min(idleInterval.Ticks * 2, _maxPollingInterval.Ticks));
                continue;
            }

            idleInterval = FirstIdleInterval;
            Track(Task.Run(() => _process(item, abandonRunning), CancellationToken.None));
        }

        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running);
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private void Track(Task task)
    {
        lock (_gate)
        {
            _running.Add(task);
        }

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
}
