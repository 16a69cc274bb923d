using System.Collections.Concurrent;

namespace CampaignOrchestrator.Durable.Conformance.Workflows;

/// <summary>Counts calls per key, and lets a test await a count instead of sleeping.</summary>
public sealed class AttemptCounter
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<(string Key, int Count, TaskCompletionSource Reached)> _waiters = [];

    /// <summary>Counts a call.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The count including this call.</returns>
    public int Next(string key)
    {
        var count = _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => w.Key == key && w.Count <= count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Reached.TrySetResult();
            }
        }

        return count;
    }

    /// <summary>Gets the count of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The count.</returns>
    public int Count(string key) => _counts.GetValueOrDefault(key);

    /// <summary>Waits until a key has been counted at least <paramref name="count"/> times.</summary>
    /// <param name="key">The key.</param>
    /// <param name="count">The count to reach.</param>
    /// <returns>A task that completes when reached.</returns>
    public Task WaitForAsync(string key, int count)
    {
        lock (_gate)
        {
            if (Count(key) >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((key, count, reached));
            return reached.Task;
        }
    }
}
