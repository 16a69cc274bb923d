namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>An append-only list that tests await: each addition wakes the waiters, which re-check their condition.</summary>
internal sealed class SignalledLog<T>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly List<T> _items = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _items.Add(item);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    /// <summary>Waits until the items satisfy a condition; fails the test after 30 seconds.</summary>
    public async Task<IReadOnlyList<T>> WaitUntilAsync(Func<IReadOnlyList<T>, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            Task changed;
            IReadOnlyList<T> items;
            lock (_gate)
            {
                changed = _changed.Task;
                items = [.. _items];
            }

            if (condition(items))
            {
                return items;
            }

            await changed.WaitAsync(timeout.Token);
        }
    }
}
