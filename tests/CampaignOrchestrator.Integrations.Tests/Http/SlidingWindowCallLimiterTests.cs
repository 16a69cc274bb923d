using CampaignOrchestrator.Integrations.Http;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Integrations.Tests.Http;

public sealed class SlidingWindowCallLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    private SlidingWindowCallLimiter CreateSut(int permits = 3) => new(permits, Window, _time);

    [Fact]
    public async Task AcquireAsync_WithinBudget_GrantsImmediately()
    {
        using var sut = CreateSut();
        var permits = new List<CallPermit>();
        for (var i = 0; i < 3; i++)
        {
            var pending = sut.AcquireAsync().AsTask();
            Assert.True(pending.IsCompletedSuccessfully);
            permits.Add(await pending);
        }

        Assert.False(sut.AcquireAsync().AsTask().IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_BudgetSpent_WaitsUntilWindowAfterCompletion()
    {
        using var sut = CreateSut(permits: 1);
        var first = await sut.AcquireAsync();
        var waiting = sut.AcquireAsync().AsTask();

        _time.Advance(TimeSpan.FromSeconds(10));
        first.Dispose();
        _time.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.False(waiting.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        second.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_InFlightCallsNeverExpire_UntilTheyComplete()
    {
        using var sut = CreateSut(permits: 1);
        var first = await sut.AcquireAsync();
        var waiting = sut.AcquireAsync().AsTask();

        _time.Advance(Window * 3);
        Assert.False(waiting.IsCompleted);

        first.Dispose();
        _time.Advance(Window);
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_Waiters_AreServedInArrivalOrder()
    {
        using var sut = CreateSut(permits: 1);
        (await sut.AcquireAsync()).Dispose();
        var order = new List<int>();
        var first = sut.AcquireAsync().AsTask().ContinueWith(t => { lock (order) { order.Add(1); } return t.Result; }, TaskScheduler.Default);
        var second = sut.AcquireAsync().AsTask().ContinueWith(t => { lock (order) { order.Add(2); } return t.Result; }, TaskScheduler.Default);

        _time.Advance(Window);
        (await first.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.False(second.IsCompleted);
        _time.Advance(Window);
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();

        Assert.Equal([1, 2], order);
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_LeavesTheQueueAndThrows()
    {
        using var sut = CreateSut(permits: 1);
        using var permit = await sut.AcquireAsync();
        using var cancellation = new CancellationTokenSource();
        var waiting = sut.AcquireAsync(cancellation.Token).AsTask();
        Assert.Equal(1, sut.QueuedCount);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, sut.QueuedCount);
    }

    [Fact]
    public async Task AcquireAsync_NeverAdmitsMoreThanLimitInAnyWindow()
    {
        using var sut = CreateSut(permits: 5);
        var admitted = new List<DateTimeOffset>();
        var calls = Enumerable.Range(0, 23).Select(async _ =>
        {
            using var permit = await sut.AcquireAsync();
            lock (admitted)
            {
                admitted.Add(_time.GetUtcNow());
            }
        }).ToList();

        while (calls.Any(c => !c.IsCompleted))
        {
            _time.Advance(TimeSpan.FromSeconds(7));
            await Task.Yield();
        }

        await Task.WhenAll(calls);
        foreach (var start in admitted)
        {
            Assert.True(admitted.Count(t => t >= start && t < start + Window) <= 5);
        }
    }
}
