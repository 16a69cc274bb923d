namespace CampaignOrchestrator.Sandbox.Common;

/// <summary>
/// An exact sliding-window limit per key: a call at time t is accepted when fewer than the permit limit of accepted
/// calls lie in (t − window, t]. Rejected calls are not counted.
/// </summary>
internal sealed class SlidingWindowRateLimiter(RateLimitOptions options)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _accepted = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public RateLimitOptions Options { get; } = options;

    public bool TryAcquire(string key, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_accepted.TryGetValue(key, out var calls))
            {
                calls = new Queue<DateTimeOffset>();
                _accepted.Add(key, calls);
            }

            var windowStart = now - Options.Window;
            while (calls.Count > 0 && calls.Peek() <= windowStart)
            {
                calls.Dequeue();
            }

            if (calls.Count >= Options.PermitLimit)
            {
                return false;
            }

            calls.Enqueue(now);
            return true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _accepted.Clear();
        }
    }
}
