namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// A latched wake-up: wakes a queue's idle listener when this process makes a message visible on the queue (so a
/// listener that has backed off to <c>Queues:MaxPollingInterval</c> still picks up local work at once), or when a
/// message in progress finishes. A notification sent while nobody waits makes the next wait return at once.
/// </summary>
internal sealed class QueueWakeup
{
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes the current or next wait.</summary>
    public void Notify() => Volatile.Read(ref _pending).TrySetResult();

    /// <summary>Waits for a notification, at most <paramref name="timeout"/> on <paramref name="timeProvider"/>.</summary>
    /// <param name="timeout">The longest wait; <see cref="Timeout.InfiniteTimeSpan"/> for none; zero or less returns at once.</param>
    /// <param name="timeProvider">The clock that measures it.</param>
    /// <param name="cancellationToken">Ends the wait early without throwing.</param>
    /// <returns><see langword="true"/> when woken by a notification.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var pending = Volatile.Read(ref _pending);
        if (!pending.Task.IsCompleted && (timeout > TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan))
        {
            try
            {
                await pending.Task.WaitAsync(timeout, timeProvider, cancellationToken);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
                // Time to poll again, or stopping: the caller checks its token.
            }
        }

        if (!pending.Task.IsCompleted)
        {
            return false;
        }

        // Consume the notification; one sent from here on completes the new source and wakes the next wait.
        Interlocked.CompareExchange(ref _pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), pending);
        return true;
    }
}
