using CampaignOrchestrator.Durable.Worker;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Tests.Worker;

public sealed class WorkSignalTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WaitAsync_NotifiedBeforeWaiting_ReturnsAtOnce()
    {
        using var signal = new WorkSignal();
        signal.Notify();
        signal.Notify();

        await signal.WaitAsync(TimeSpan.FromDays(1), new FakeTimeProvider(), CancellationToken.None).WaitAsync(Timeout);
        var second = signal.WaitAsync(TimeSpan.FromDays(1), new FakeTimeProvider(), CancellationToken.None);

        Assert.False(second.IsCompleted);
        signal.Notify();
        await second.WaitAsync(Timeout);
    }

    [Fact]
    public async Task WaitAsync_NoNotification_ReturnsWhenTheClockPassesTheTimeout()
    {
        using var signal = new WorkSignal();
        var time = new FakeTimeProvider();

        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(1), time, CancellationToken.None);
        var early = waiting.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(Timeout);
        Assert.False(early);
    }

    [Fact]
    public async Task TimerWakeups_Schedule_NotifiesWhenEachDueTimeIsReached()
    {
        using var signal = new WorkSignal();
        var time = new FakeTimeProvider();
        using var wakeups = new TimerWakeups(time, signal);
        wakeups.Schedule(time.GetUtcNow().AddSeconds(10));
        wakeups.Schedule(time.GetUtcNow().AddSeconds(5));

        var first = signal.WaitAsync(TimeSpan.FromDays(1), time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));
        var beforeDue = first.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await first.WaitAsync(Timeout);
        var second = signal.WaitAsync(TimeSpan.FromDays(1), time, CancellationToken.None);
        var beforeSecondDue = second.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(Timeout);

        Assert.False(beforeDue);
        Assert.False(beforeSecondDue);
    }
}
