namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// A compressed clock: simulated time = the underlying clock's time at construction + real elapsed time × <see cref="Scale"/>.
/// Timers fire after their due time and period divided by the scale (rounded up, so a timer never fires before its
/// simulated due time), and timestamps advance <see cref="Scale"/> times faster, so <see cref="TimeProvider.GetElapsedTime(long)"/>
/// measures simulated time too. Everything that shares one instance — the durable engine, the vendor clients' budgets,
/// the in-process sandbox — lives on one consistent, faster time line.
/// </summary>
/// <remarks>
/// Timers created inside <see cref="UseRealTimeTimers"/> are not compressed: network timeouts and retry back-off model
/// the network, which does not get faster when the simulation does (the sandbox's fault delays use the wall clock for
/// the same reason).
/// </remarks>
internal sealed class ScaledTimeProvider : TimeProvider
{
    private static readonly AsyncLocal<bool> RealTimeTimers = new();

    private readonly TimeProvider _underlying;
    private readonly DateTimeOffset _start;
    private readonly long _startTimestamp;

    /// <summary>Creates a clock that runs <paramref name="scale"/> times faster than <paramref name="underlying"/>.</summary>
    /// <param name="scale">Simulated seconds per real second; positive and finite (e.g. 3600: an hour per second).</param>
    /// <param name="underlying">The real clock; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not a positive finite number.</exception>
    public ScaledTimeProvider(double scale, TimeProvider? underlying = null)
    {
        if (!double.IsFinite(scale) || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The time scale must be a positive finite number.");
        }

        Scale = scale;
        _underlying = underlying ?? System;
        _start = _underlying.GetUtcNow();
        _startTimestamp = _underlying.GetTimestamp();
    }

    /// <summary>Gets how many simulated seconds pass per real second.</summary>
    public double Scale { get; }

    /// <summary>Gets the simulated time at construction (the underlying clock's time then).</summary>
    public DateTimeOffset Start => _start;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _underlying.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => _underlying.TimestampFrequency;

    /// <summary>
    /// Makes timers created in the calling flow (until the scope is disposed, or the async method that opened it
    /// returns) run in real time. Their callers still read the simulated time from the clock.
    /// </summary>
    /// <returns>The scope; dispose it to restore the previous behaviour.</returns>
    public static RealTimeScope UseRealTimeTimers()
    {
        var previous = RealTimeTimers.Value;
        RealTimeTimers.Value = true;
        return new RealTimeScope(previous);
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        var real = _underlying.GetElapsedTime(_startTimestamp);
        return _start + TimeSpan.FromTicks(checked((long)(real.Ticks * Scale)));
    }

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        var real = _underlying.GetTimestamp() - _startTimestamp;
        return _startTimestamp + checked((long)(real * Scale));
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (RealTimeTimers.Value)
        {
            return _underlying.CreateTimer(callback, state, dueTime, period);
        }

        return new ScaledTimer(_underlying.CreateTimer(callback, state, ToReal(dueTime), ToReal(period)), this);
    }

    /// <summary>Converts a simulated interval to the real one: divided by the scale, rounded up to a whole tick.</summary>
    /// <param name="simulated">The simulated interval; <see cref="Timeout.InfiniteTimeSpan"/> and zero are kept.</param>
    /// <returns>The real interval.</returns>
    public TimeSpan ToReal(TimeSpan simulated) =>
        simulated <= TimeSpan.Zero ? simulated : TimeSpan.FromTicks((long)Math.Ceiling(simulated.Ticks / Scale));

    /// <summary>Restores the timer behaviour in force before <see cref="UseRealTimeTimers"/>.</summary>
    internal readonly struct RealTimeScope : IDisposable
    {
        private readonly bool _previous;

        internal RealTimeScope(bool previous) => _previous = previous;

        /// <inheritdoc />
        public void Dispose() => RealTimeTimers.Value = _previous;
    }

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToReal(dueTime), clock.ToReal(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
