using CampaignOrchestrator.Host.Demo;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Host.Tests.Demo;

public sealed class ScaledTimeProviderTests
{
    private static readonly DateTimeOffset Origin = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_RunsScaleTimesFasterFromTheUnderlyingStart()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);

        Assert.Equal(Origin, clock.Start);
        Assert.Equal(Origin, clock.GetUtcNow());
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Origin.AddHours(1), clock.GetUtcNow());
        real.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(Origin.AddMinutes(75), clock.GetUtcNow());
    }

    [Fact]
    public void Timestamps_MeasureSimulatedTime()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);
        var started = clock.GetTimestamp();

        real.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Equal(real.TimestampFrequency, clock.TimestampFrequency);
        Assert.Equal(TimeSpan.FromMinutes(30), clock.GetElapsedTime(started));
        Assert.Equal(clock.GetUtcNow() - Origin, clock.GetElapsedTime(started));
    }

    [Fact]
    public void LocalTimeZone_IsTheUnderlyingOne()
    {
        var real = new FakeTimeProvider(Origin);
        real.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("Test", TimeSpan.FromHours(2), "Test", "Test"));

        var clock = new ScaledTimeProvider(60, real);

        Assert.Equal(TimeSpan.FromHours(2), clock.GetLocalNow().Offset);
    }

    [Fact]
    public void Timer_FiresAtItsScaledDueTime()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);
        var fired = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromHours(2), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Empty(fired);
        real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([Origin.AddHours(2)], fired);
        real.Advance(TimeSpan.FromSeconds(10));
        Assert.Single(fired);
    }

    [Fact]
    public void Timer_PeriodIsScaledToo()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));

        real.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(1, fired);
        real.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(2, fired);
        real.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(4, fired);
    }

    [Fact]
    public void Change_ScalesTheNewDueTime()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, fired);
        Assert.True(timer.Change(TimeSpan.FromHours(3), Timeout.InfiniteTimeSpan));
        real.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Timer_WithZeroDueTime_FiresAtOnce()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);
        var fired = 0;

        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        Assert.Equal(1, fired);
    }

    [Theory]
    [InlineData(3.0, 10L, 4L)]
    [InlineData(3.0, 9L, 3L)]
    [InlineData(3600.0, 1L, 1L)]
    [InlineData(1.0, 12345L, 12345L)]
    public void ToReal_DividesByTheScaleRoundingUp(double scale, long simulatedTicks, long realTicks)
    {
        var clock = new ScaledTimeProvider(scale, new FakeTimeProvider(Origin));

        Assert.Equal(TimeSpan.FromTicks(realTicks), clock.ToReal(TimeSpan.FromTicks(simulatedTicks)));
        Assert.Equal(Timeout.InfiniteTimeSpan, clock.ToReal(Timeout.InfiniteTimeSpan));
        Assert.Equal(TimeSpan.Zero, clock.ToReal(TimeSpan.Zero));
    }

    [Fact]
    public void Timer_NeverFiresBeforeItsSimulatedDueTime()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(7, real);
        DateTimeOffset? firedAt = null;
        using var timer = clock.CreateTimer(_ => firedAt = clock.GetUtcNow(), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        real.Advance(clock.ToReal(TimeSpan.FromSeconds(1)));

        Assert.NotNull(firedAt);
        Assert.True(firedAt >= Origin.AddSeconds(1), $"fired at {firedAt:O}");
    }

    [Fact]
    public async Task Delay_OnTheClock_CompletesAfterTheScaledTime()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);

        var delay = Task.Delay(TimeSpan.FromHours(1), clock);
        real.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(delay.IsCompleted);
        real.Advance(TimeSpan.FromMilliseconds(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void UseRealTimeTimers_CreatesUnscaledTimersUntilDisposed()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);
        var realFired = 0;
        var scaledFired = 0;

        ITimer realTimer;
        using (ScaledTimeProvider.UseRealTimeTimers())
        {
            realTimer = clock.CreateTimer(_ => realFired++, null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        }

        using var scaledTimer = clock.CreateTimer(_ => scaledFired++, null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((0, 1), (realFired, scaledFired));
        real.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal((1, 1), (realFired, scaledFired));

        // Time read inside the scope is still simulated.
        using (ScaledTimeProvider.UseRealTimeTimers())
        {
            Assert.Equal(Origin.AddHours(30), clock.GetUtcNow());
        }

        realTimer.Dispose();
    }

    [Fact]
    public async Task UseRealTimeTimers_EndsWithTheAsyncMethodThatOpenedIt()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new ScaledTimeProvider(3600, real);

        await OpenScopeAsync();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1, fired);

        static async Task OpenScopeAsync()
        {
            _ = ScaledTimeProvider.UseRealTimeTimers();
            await Task.Yield();
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_RefusesAScaleThatIsNotPositiveAndFinite(double scale)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledTimeProvider(scale));
    }
}
