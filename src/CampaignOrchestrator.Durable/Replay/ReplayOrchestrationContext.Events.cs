using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>External events: waiters, and a buffer for events that arrive before anyone waits.</summary>
internal sealed partial class ReplayOrchestrationContext
{
    private readonly Dictionary<string, LinkedList<TaskCompletionSource<string?>>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<EventRaised> _buffered = [];

    /// <summary>Gets events received but never awaited (carried over by continue-as-new).</summary>
    public IReadOnlyList<EventRaised> BufferedEvents => _buffered;

    public override async Task<T> WaitForExternalEvent<T>(string name, TimeSpan? timeout = null)
    {
        var buffered = _buffered.FindIndex(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        if (buffered >= 0)
        {
            var payload = _buffered[buffered].Input;
            _buffered.RemoveAt(buffered);
            return DataConverter.Deserialize<T>(payload)!;
        }

        var waiter = new TaskCompletionSource<string?>();
        if (!_waiters.TryGetValue(name, out var queue))
        {
            _waiters[name] = queue = new LinkedList<TaskCompletionSource<string?>>();
        }

        var node = queue.AddLast(waiter);
        if (timeout is not { } limit)
        {
            return DataConverter.Deserialize<T>(await waiter.Task)!;
        }

        using var cancelTimer = new CancellationTokenSource();
        var timer = CreateTimer(CurrentTime + limit, cancelTimer.Token);
        var first = await Task.WhenAny(waiter.Task, timer);
        if (first == waiter.Task)
        {
            // Cancel synchronously: CancelAsync would run the timer's callback on the thread pool, outside replay.
#pragma warning disable CA1849
            cancelTimer.Cancel();
#pragma warning restore CA1849
            return DataConverter.Deserialize<T>(await waiter.Task)!;
        }

        queue.Remove(node);
        throw new TimeoutException($"Event '{name}' did not arrive within {limit}.");
    }

    /// <summary>Delivers an event to the oldest waiter for its name, or buffers it.</summary>
    public void Raise(EventRaised raised)
    {
        if (_waiters.TryGetValue(raised.Name, out var queue) && queue.First is { } first)
        {
            queue.RemoveFirst();
            first.Value.TrySetResult(raised.Input);
            return;
        }

        _buffered.Add(raised);
    }
}
