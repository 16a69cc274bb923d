namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Wakes an idle dispatcher when work appears in this process. It latches: a notification sent while nobody waits
/// makes the next wait return at once, so work queued between "nothing to do" and "wait" is never missed.
/// </summary>
internal sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    /// <summary>Signals that work may be available.</summary>
    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one pending wake-up is enough.
        }
    }

    /// <summary>Waits for a notification or until <paramref name="timeout"/> passes on <paramref name="timeProvider"/>.</summary>
    /// <param name="timeout">The longest wait.</param>
    /// <param name="timeProvider">The clock that measures it.</param>
    /// <param name="cancellationToken">Stops the wait early; the task then completes without throwing.</param>
    /// <returns><see langword="true"/> when woken by a notification; <see langword="false"/> on timeout or cancellation.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _semaphore.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            // Timed out (time to poll the store again) or stopping (the caller checks its token).
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _semaphore.Dispose();
}
