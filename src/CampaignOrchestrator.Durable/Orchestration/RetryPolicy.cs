namespace CampaignOrchestrator.Durable.Orchestration;

/// <summary>
/// A durable retry policy: failed attempts are retried after durable timers, so a retry schedule survives restarts
/// and a month-long backoff costs nothing while it waits.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="maxAttempts">The total attempts, the first included; at least 1.</param>
    /// <param name="firstInterval">The delay before the second attempt; positive.</param>
    public RetryPolicy(int maxAttempts, TimeSpan firstInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstInterval, TimeSpan.Zero);
        MaxAttempts = maxAttempts;
        FirstInterval = firstInterval;
    }

    /// <summary>Gets the total attempts, the first included.</summary>
    public int MaxAttempts { get; }

    /// <summary>Gets the delay before the second attempt.</summary>
    public TimeSpan FirstInterval { get; }

    /// <summary>Gets the factor each delay is multiplied by.</summary>
    /// <value>Default 1 (constant delay).</value>
    public double BackoffCoefficient { get; init; } = 1;

    /// <summary>Gets the longest delay.</summary>
    /// <value>Default 6 days.</value>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromDays(6);

    /// <summary>Gets the time after the first attempt beyond which no retry starts.</summary>
    /// <value>Default unlimited.</value>
    public TimeSpan? RetryTimeout { get; init; }

    /// <summary>Gets a predicate over the failure that decides whether to retry at all.</summary>
    /// <value>Default: retry every failure.</value>
    public Func<FailureDetails, bool>? Handle { get; init; }

    /// <summary>Computes the delay after a failed attempt, or <see langword="null"/> to stop retrying.</summary>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="failure">Its failure.</param>
    /// <param name="elapsed">Time since the first attempt started.</param>
    /// <returns>The delay before the next attempt, or null.</returns>
    public TimeSpan? NextDelay(int attempt, FailureDetails failure, TimeSpan elapsed)
    {
        if (attempt >= MaxAttempts || Handle?.Invoke(failure) == false)
        {
            return null;
        }

        var delay = TimeSpan.FromTicks((long)Math.Min(FirstInterval.Ticks * Math.Pow(BackoffCoefficient, attempt - 1), MaxInterval.Ticks));
        return RetryTimeout is { } timeout && elapsed + delay > timeout ? null : delay;
    }
}
