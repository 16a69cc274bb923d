using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox.Common;

/// <summary>
/// Domain time of the sandbox: real time from the injected <see cref="TimeProvider"/>, and simulated time that runs
/// <see cref="SandboxOptions.TimeScale"/> times faster from the moment the sandbox started (or was reset).
/// </summary>
internal sealed class SimulatedClock
{
    private readonly TimeProvider _time;
    private readonly double _scale;
    private long _anchorTicks;

    public SimulatedClock(TimeProvider time, IOptions<SandboxOptions> options)
    {
        _time = time;
        _scale = options.Value.TimeScale;
        _anchorTicks = time.GetUtcNow().UtcTicks;
    }

    /// <summary>Now, on the injected time provider.</summary>
    public DateTimeOffset RealNow => _time.GetUtcNow();

    /// <summary>Now, in simulated time.</summary>
    public DateTimeOffset SimulatedNow
    {
        get
        {
            var anchor = Interlocked.Read(ref _anchorTicks);
            var elapsed = (RealNow.UtcTicks - anchor) * _scale;
            var ticks = Math.Min(anchor + elapsed, DateTimeOffset.MaxValue.UtcTicks);
            return new DateTimeOffset((long)ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Makes simulated time equal to real time again (used by reset).</summary>
    public void Restart() => Interlocked.Exchange(ref _anchorTicks, RealNow.UtcTicks);
}
