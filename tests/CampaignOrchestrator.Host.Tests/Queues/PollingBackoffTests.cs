using CampaignOrchestrator.Host.Queues;

namespace CampaignOrchestrator.Host.Tests.Queues;

public sealed class PollingBackoffTests
{
    [Fact]
    public void Next_RepeatedlyEmpty_DoublesFrom100MillisecondsUpToTheMaximum()
    {
        var backoff = new PollingBackoff(TimeSpan.FromMinutes(1));

        var waits = Enumerable.Range(0, 12).Select(_ => backoff.Next().TotalMilliseconds);

        Assert.Equal([100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 60000, 60000], waits);
    }

    [Fact]
    public void Reset_AfterBackingOff_StartsAgainFrom100Milliseconds()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1));
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(PollingBackoff.MinInterval, backoff.Next());
    }

    [Fact]
    public void Next_MaximumIsTheMinimum_AlwaysTheMinimum()
    {
        var backoff = new PollingBackoff(PollingBackoff.MinInterval);

        Assert.Equal([PollingBackoff.MinInterval, PollingBackoff.MinInterval], [backoff.Next(), backoff.Next()]);
    }
}
