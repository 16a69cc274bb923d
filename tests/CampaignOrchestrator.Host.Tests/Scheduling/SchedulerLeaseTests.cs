using CampaignOrchestrator.Host.Scheduling;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Scheduling;

/// <summary>Two scheduler processes on one store, each with its own owner id: only the lease holder starts runs.</summary>
public abstract class SchedulerLeaseTests(StoreBackend backend) : SchedulerTestBase(backend)
{
    private static readonly SchedulerOptions Quick = new() { PollInterval = TimeSpan.FromMinutes(5), LeaseDuration = TimeSpan.FromMinutes(10) };

    [Fact]
    public async Task TwoProcesses_Racing_StartOneRunPerOccurrence()
    {
        Campaigns.Add("hourly", "0 * * * *");
        Campaigns.Add("every-ten", "*/10 * * * *");
        var a = await StartedAsync("scheduler-a", Quick);
        var b = await StartedAsync("scheduler-b", Quick);

        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T06:00Z"), a, b);

        var hourly = Enumerable.Range(1, 6).Select(hour => $"hourly@20260105T{hour:00}00Z").ToList();
        Assert.Equal(hourly, await a.RunIdsAsync("hourly"));
        Assert.Equal(36, (await a.RunIdsAsync("every-ten")).Count);
        Assert.Equal(42, a.StartedByThisProcess().Count);
        Assert.Empty(b.StartedByThisProcess());
        Assert.True(a.Ticks.Last!.HoldsLease);
        Assert.False(b.Ticks.Last!.HoldsLease);
    }

    [Fact]
    public async Task Holder_Stops_TheLeaseMovesToTheOtherProcess()
    {
        Campaigns.Add("hourly", "0 * * * *");
        var a = await StartedAsync("scheduler-a", Quick);
        var b = await StartedAsync("scheduler-b", Quick);
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T03:10Z"), a, b);

        await a.StopAsync();
        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T05:00Z"), a, b);

        Assert.Equal(["hourly@20260105T0100Z", "hourly@20260105T0200Z", "hourly@20260105T0300Z"], a.StartedByThisProcess());
        Assert.Equal(["hourly@20260105T0400Z", "hourly@20260105T0500Z"], b.StartedByThisProcess());
        Assert.Contains(a.Logs.GetSnapshot(), r => r.Id.Id == 2303);
        Assert.Contains(b.Logs.GetSnapshot(), r => r.Id.Id == 2301);
        Assert.True(await b.Lease.HoldsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StaleHolder_WhoseLeaseWasTaken_StartsNothing()
    {
        Campaigns.Add("hourly", "0 * * * *");
        var a = Process("scheduler-a", Quick);
        var b = Process("scheduler-b", Quick);
        Assert.True((await a.Scheduler.TickAsync(CancellationToken.None)).HoldsLease);
        Assert.False((await b.Scheduler.TickAsync(CancellationToken.None)).HoldsLease);

        // A stalls past its lease's expiry; B takes the lease and starts 01:00.
        Clock.SetUtcNow(At("2026-01-05T01:05Z"));
        var taken = await b.Scheduler.TickAsync(CancellationToken.None);
        var stale = await a.Scheduler.TickAsync(CancellationToken.None);

        Assert.True(taken.HoldsLease);
        Assert.Equal(["hourly@20260105T0100Z"], taken.Started);
        Assert.False(stale.HoldsLease);
        Assert.Empty(stale.Started);
        Assert.Contains(a.Logs.GetSnapshot(), r => r.Id.Id == 2302);
        Assert.Equal(["hourly@20260105T0100Z"], await a.RunIdsAsync("hourly"));
    }

    [Fact]
    public async Task Holder_LosingTheLeaseDuringAPass_StartsNothing()
    {
        Campaigns.Add("hourly", "0 * * * *");
        var b = Process("scheduler-b", Quick);
        var stolen = false;
        var a = Process("scheduler-a", Quick, inner => new PausingClient(inner, async () =>
        {
            // A is paused after checking the lease for this pass, until its lease has expired and B has taken it.
            if (!stolen && Clock.GetUtcNow() >= At("2026-01-05T01:00Z"))
            {
                stolen = true;
                Clock.Advance(TimeSpan.FromMinutes(11));
                Assert.True(await b.Lease.RefreshAsync(CancellationToken.None));
            }
        }));
        Assert.True((await a.Scheduler.TickAsync(CancellationToken.None)).HoldsLease);

        Clock.SetUtcNow(At("2026-01-05T01:00Z"));
        var pass = await a.Scheduler.TickAsync(CancellationToken.None);

        Assert.True(stolen);
        Assert.False(pass.HoldsLease);
        Assert.Empty(pass.Started);
        Assert.Empty(await a.RunIdsAsync("hourly"));
        Assert.Contains(a.Logs.GetSnapshot(), r => r.Id.Id == 2302);
    }

    [Fact]
    public async Task OccurrenceWithAnExistingInstance_IsNotStartedAgain()
    {
        Campaigns.Add("hourly", "0 * * * *");
        var a = await StartedAsync("scheduler-a", Quick);
        await a.Client.StartAsync("SomethingElse", null, new Durable.Client.StartOrchestrationOptions("hourly@20260105T0100Z"));

        await SchedulerClock.RunUntilAsync(Clock, At("2026-01-05T02:00Z"), a);

        var existing = await a.Client.GetAsync("hourly@20260105T0100Z");
        Assert.Equal("SomethingElse", existing!.Name);
        Assert.Equal(["hourly@20260105T0200Z"], a.StartedByThisProcess());
    }

    [Fact]
    public async Task Disabled_TakesNoLeaseAndStartsNothing()
    {
        Campaigns.Add("hourly", "0 * * * *");
        var disabled = Process("scheduler-off", new SchedulerOptions { Enabled = false });
        await disabled.StartDisabledAsync();
        var other = await StartedAsync("scheduler-on", Quick);

        Assert.True(other.Ticks.Last!.HoldsLease);
        Assert.Null(disabled.Ticks.Last);
        Assert.Contains(disabled.Logs.GetSnapshot(), r => r.Id.Id == 2308);
    }
}
