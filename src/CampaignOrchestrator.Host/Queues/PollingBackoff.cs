namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// The wait between polls of an empty queue: 100 ms after the first empty poll, doubling after each further one up to
/// the maximum, and back to immediate as soon as a poll finds messages (Azure Functions' queue polling, without its
/// random jitter, so that tests on a fake clock know when the next poll happens).
/// </summary>
/// <param name="maxInterval">The longest wait (<c>Queues:MaxPollingInterval</c>).</param>
internal sealed class PollingBackoff(TimeSpan maxInterval)
{
    /// <summary>The first wait after messages stop arriving: Azure Functions' minimum polling interval.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);

    private TimeSpan _current = TimeSpan.Zero;

    /// <summary>Returns the wait after an empty (or failed) poll, and lengthens the next one.</summary>
    /// <returns>The wait.</returns>
    public TimeSpan Next()
    {
        var doubled = _current == TimeSpan.Zero ? MinInterval : TimeSpan.FromTicks(_current.Ticks * 2);
        _current = doubled < maxInterval ? doubled : maxInterval;
        return _current;
    }

    /// <summary>Starts again from <see cref="MinInterval"/>: a poll found messages, or this process enqueued one.</summary>
    public void Reset() => _current = TimeSpan.Zero;
}
