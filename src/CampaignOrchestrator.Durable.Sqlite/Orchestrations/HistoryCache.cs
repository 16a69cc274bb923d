using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// Recently used histories, so locking an instance does not re-read and deserialize its whole history each episode.
/// An entry is valid for one (<c>history_version</c>, execution id) pair of the instance row: any commit, by this process
/// or another, changes the version, so a stale entry is never used. Bounded by instances and by events, least recently
/// used out first. Thread-safe.
/// </summary>
/// <param name="maxInstances">The most instances kept.</param>
/// <param name="maxEvents">The most events kept, across instances.</param>
internal sealed class HistoryCache(int maxInstances, int maxEvents)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _gate = new();
    private long _eventCount;

    /// <summary>Gets the number of cached instances.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Returns the cached history when it is the one of this version and execution.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="version">The row's <c>history_version</c>.</param>
    /// <param name="executionId">The row's execution id.</param>
    /// <param name="history">The history, when cached.</param>
    /// <returns><see langword="true"/> on a hit.</returns>
    public bool TryGet(string instanceId, long version, string executionId, out HistoryView history)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(instanceId, out var node) && node.Value.Version == version && node.Value.ExecutionId == executionId)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                history = node.Value.View;
                return true;
            }

            history = HistoryView.Empty;
            return false;
        }
    }

    /// <summary>Caches a history read from the file.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="version">The row's <c>history_version</c> it was read at.</param>
    /// <param name="executionId">The row's execution id.</param>
    /// <param name="history">The history.</param>
    public void Set(string instanceId, long version, string executionId, HistoryView history)
    {
        lock (_gate)
        {
            Put(new Entry(instanceId, version, executionId, history));
        }
    }

    /// <summary>
    /// Moves an entry forward after a commit appended events: from <paramref name="baseVersion"/> to the next version.
    /// Drops the entry when it was not at the base version (it could not be brought up to date without a read).
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="baseVersion">The version the commit started from.</param>
    /// <param name="executionId">The execution the events belong to.</param>
    /// <param name="appended">The committed events.</param>
    public void Append(string instanceId, long baseVersion, string executionId, IReadOnlyList<HistoryEvent> appended)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(instanceId, out var node))
            {
                return;
            }

            var entry = node.Value;
            if (entry.Version != baseVersion || entry.ExecutionId != executionId)
            {
                RemoveNode(node);
                return;
            }

            Put(entry with { Version = baseVersion + 1, View = Extend(entry.View, appended) });
        }
    }

    /// <summary>Caches the empty history of a new execution (continue-as-new).</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="version">The row's new <c>history_version</c>.</param>
    /// <param name="executionId">The new execution id.</param>
    public void Restart(string instanceId, long version, string executionId) => Set(instanceId, version, executionId, HistoryView.Empty);

    /// <summary>Forgets an instance (re-created or purged).</summary>
    /// <param name="instanceId">The instance.</param>
    public void Remove(string instanceId)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(instanceId, out var node))
            {
                RemoveNode(node);
            }
        }
    }

    private static HistoryView Extend(HistoryView view, IReadOnlyList<HistoryEvent> appended)
    {
        if (appended.Count == 0)
        {
            return view;
        }

        // Views handed out read only slots below their count, and only the current entry appends to its array, so
        // filling the slots above the count in place is invisible to every earlier view.
        var array = view.Array;
        var count = view.Count + appended.Count;
        if (count > array.Length)
        {
            var grown = new HistoryEvent[Math.Max(count, Math.Max(16, array.Length * 2))];
            System.Array.Copy(array, grown, view.Count);
            array = grown;
        }

        for (var i = 0; i < appended.Count; i++)
        {
            array[view.Count + i] = appended[i];
        }

        return new HistoryView(array, count);
    }

    private void Put(Entry entry)
    {
        if (_entries.TryGetValue(entry.InstanceId, out var existing))
        {
            RemoveNode(existing);
        }

        if (entry.View.Count > maxEvents)
        {
            return;
        }

        var node = _recency.AddFirst(entry);
        _entries[entry.InstanceId] = node;
        _eventCount += entry.View.Count;
        while (_entries.Count > maxInstances || _eventCount > maxEvents)
        {
            RemoveNode(_recency.Last!);
        }
    }

    private void RemoveNode(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.InstanceId);
        _eventCount -= node.Value.View.Count;
    }

    private sealed record Entry(string InstanceId, long Version, string ExecutionId, HistoryView View);
}
