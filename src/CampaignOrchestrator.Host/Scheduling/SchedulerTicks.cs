namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>
/// Reports each completed scheduler pass, once the sleep until the next one has been set: whoever awaits a pass can
/// then move a fake clock on and be sure the scheduler wakes for it.
/// </summary>
internal sealed class SchedulerTicks
{
    private readonly Lock _gate = new();
    private readonly List<(DateTimeOffset AtOrAfter, TaskCompletionSource<SchedulerTick> Waiter)> _waiters = [];

    /// <summary>Gets the last completed pass; <see langword="null"/> before the first.</summary>
    public SchedulerTick? Last { get; private set; }

    /// <summary>Waits for a pass that ran at or after an instant (completes at once when the last one did).</summary>
    /// <param name="atOrAfter">The earliest pass time wanted.</param>
    /// <returns>That pass.</returns>
    public Task<SchedulerTick> WaitForPassAsync(DateTimeOffset atOrAfter)
    {
        lock (_gate)
        {
            if (Last is { } last && last.Now >= atOrAfter)
            {
                return Task.FromResult(last);
            }

            var waiter = new TaskCompletionSource<SchedulerTick>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((atOrAfter, waiter));
            return waiter.Task;
        }
    }

    /// <summary>Records a completed pass and releases those waiting for it.</summary>
    /// <param name="tick">The pass.</param>
    public void Completed(SchedulerTick tick)
    {
        ArgumentNullException.ThrowIfNull(tick);
        List<TaskCompletionSource<SchedulerTick>> released;
        lock (_gate)
        {
            Last = tick;
            released = _waiters.Where(w => w.AtOrAfter <= tick.Now).Select(w => w.Waiter).ToList();
            _waiters.RemoveAll(w => w.AtOrAfter <= tick.Now);
        }

        foreach (var waiter in released)
        {
            waiter.TrySetResult(tick);
        }
    }
}
