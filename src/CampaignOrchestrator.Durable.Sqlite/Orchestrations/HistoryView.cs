using System.Collections;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// A read-only view of the first <see cref="Count"/> slots of a history array. The array may later be filled beyond
/// <see cref="Count"/> by the cache's appends, never changed below it, so a view stays valid and unchanged for as long as
/// its holder keeps it.
/// </summary>
internal sealed class HistoryView : IReadOnlyList<HistoryEvent>
{
    private readonly HistoryEvent[] _events;

    /// <summary>Creates a view.</summary>
    /// <param name="events">The backing array.</param>
    /// <param name="count">How many leading slots belong to the view.</param>
    public HistoryView(HistoryEvent[] events, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, events.Length);
        _events = events;
        Count = count;
    }

    /// <summary>Gets an empty history.</summary>
    public static HistoryView Empty { get; } = new([], 0);

    /// <inheritdoc/>
    public int Count { get; }

    /// <summary>Gets the backing array; slots from <see cref="Count"/> on are not part of the view.</summary>
    internal HistoryEvent[] Array => _events;

    /// <inheritdoc/>
    public HistoryEvent this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _events[index];
        }
    }

    /// <inheritdoc/>
    public IEnumerator<HistoryEvent> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _events[i];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
