using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.Tests.Common;

public sealed class SlidingWindowRateLimiterTests
{
    private static readonly DateTimeOffset Start = SandboxHarness.Start;

    [Fact]
    public void TryAcquire_RejectedCalls_DoNotCount()
    {
        var limiter = new SlidingWindowRateLimiter(new RateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromSeconds(10) });

        Assert.True(limiter.TryAcquire("k", Start));
        Assert.True(limiter.TryAcquire("k", Start.AddSeconds(5)));
        Assert.False(limiter.TryAcquire("k", Start.AddSeconds(6)));
        Assert.False(limiter.TryAcquire("k", Start.AddSeconds(9)));

        Assert.True(limiter.TryAcquire("k", Start.AddSeconds(10)));
        Assert.False(limiter.TryAcquire("k", Start.AddSeconds(14)));
        Assert.True(limiter.TryAcquire("k", Start.AddSeconds(15)));
    }

    [Fact]
    public void Clear_ForgetsEveryWindow()
    {
        var limiter = new SlidingWindowRateLimiter(new RateLimitOptions { PermitLimit = 1 });
        limiter.TryAcquire("k", Start);

        limiter.Clear();

        Assert.True(limiter.TryAcquire("k", Start));
    }
}
