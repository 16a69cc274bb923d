using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>
/// Histories this process loaded or wrote, keyed by the sentinel ETag they match: a lock that reads the same ETag uses
/// the cached events instead of reading every row again (a fan-in's history grows by thousands of rows).
/// </summary>
/// <param name="capacity">The most instances kept.</param>
internal sealed class HistoryCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Finds an instance's history if the cached copy matches the sentinel.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="sentinel">The sentinel as read now.</param>
    /// <returns>The events, or <see langword="null"/>.</returns>
    public IReadOnlyList<HistoryEvent>? Find(string instanceId, Sentinel sentinel)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(instanceId, out var entry) && entry.ETag == sentinel.ETag && entry.ExecutionId == sentinel.ExecutionId ? entry.Events : null;
        }
    }

    /// <summary>Caches a history read from the table.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="sentinel">The sentinel it matches.</param>
    /// <param name="events">The events.</param>
    public void Set(string instanceId, Sentinel sentinel, IReadOnlyList<HistoryEvent> events)
    {
        lock (_gate)
        {
            if (_entries.Count >= capacity && !_entries.ContainsKey(instanceId))
            {
                _entries.Remove(_entries.Keys.First());
            }

            _entries[instanceId] = new Entry(sentinel.ExecutionId, sentinel.ETag, events);
        }
    }

    /// <summary>Extends a cached history after a checkpoint (or starts an empty one after a continue-as-new).</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="before">The sentinel the checkpoint was made under.</param>
    /// <param name="after">The sentinel after it.</param>
    /// <param name="appended">The events written.</param>
    public void Appended(string instanceId, Sentinel before, Sentinel after, IReadOnlyList<HistoryEvent> appended)
    {
        IReadOnlyList<HistoryEvent>? previous;
        lock (_gate)
        {
            previous = _entries.TryGetValue(instanceId, out var entry) && entry.ETag == before.ETag ? entry.Events : null;
        }

        if (after.ExecutionId != before.ExecutionId)
        {
            Set(instanceId, after, []);
        }
        else if (previous is not null)
        {
            Set(instanceId, after, [.. previous, .. appended]);
        }
    }

    private sealed record Entry(string ExecutionId, Azure.ETag ETag, IReadOnlyList<HistoryEvent> Events);
}
