using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Durable timers and external events.</summary>
public abstract partial class OrchestrationConformanceTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(60 * 60 * 24 * 45)]
    public async Task Timer_ShortOrMonthsLong_FiresWhenDueAndNotBefore(int seconds)
    {
        var (host, time) = await StartHostOnFakeClockAsync();
        var delay = TimeSpan.FromSeconds(seconds);
        var id = await host.Client.StartAsync(nameof(Sleeper), delay);
        await WaitUntilAsync(host, id, s => s.History!.OfType<TimerCreated>().Any());

        time.Advance(delay - TimeSpan.FromMilliseconds(1));
        var early = await host.Client.GetAsync(id);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal(RuntimeStatus.Running, early!.Status);
        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Equal(Start + delay, DataConverter.Deserialize<DateTimeOffset>(state.Output));
    }

    [Fact]
    public async Task Timer_CancelledWhenEventWins_OrchestrationCompletesWithoutWaitingForIt()
    {
        var (host, _) = await StartHostOnFakeClockAsync();
        var id = await host.Client.StartAsync(nameof(EventOrTimer));
        await WaitUntilAsync(host, id, s => s.History!.OfType<TimerCreated>().Any());

        await host.Client.RaiseEventAsync(id, "go", "now");
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal("event:now", DataConverter.Deserialize<string>(state.Output));
        Assert.Empty(state.History!.OfType<TimerFired>());
    }

    [Fact]
    public async Task Event_RaisedBeforeTheWait_IsBufferedAndDelivered()
    {
        var host = await StartHostAsync(configure: options => options.StartWorker = false);
        var id = await host.Client.StartAsync(nameof(Approval));
        await host.Client.RaiseEventAsync(id, "second", "b");
        await host.Client.RaiseEventAsync(id, "APPROVE", "a");

        await host.StartWorkerAsync();
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal("a,b", DataConverter.Deserialize<string>(state.Output));
    }

    [Fact]
    public async Task Event_RaisedDuringTheWait_CompletesItAndUpdatesCustomStatus()
    {
        var host = await StartHostAsync();
        var id = await host.Client.StartAsync(nameof(Approval));
        var waiting = await WaitUntilAsync(host, id, s => s.CustomStatus is not null);

        await host.Client.RaiseEventAsync(id, "approve", "yes");
        var approved = await WaitUntilAsync(host, id, s => s.CustomStatus?.Contains("\"approved\"", StringComparison.Ordinal) == true);
        await host.Client.RaiseEventAsync(id, "second", "ok");
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal("{\"stage\":\"awaiting-approval\"}", waiting.CustomStatus);
        Assert.Equal(RuntimeStatus.Running, approved.Status);
        Assert.Equal("yes,ok", DataConverter.Deserialize<string>(state.Output));
    }

    [Fact]
    public async Task Event_NotRaisedBeforeTimeout_WaitTimesOutAndALateEventChangesNothing()
    {
        var (host, time) = await StartHostOnFakeClockAsync();
        var id = await host.Client.StartAsync(nameof(Approval), TimeSpan.FromHours(1));
        await WaitUntilAsync(host, id, s => s.History!.OfType<TimerCreated>().Any());

        time.Advance(TimeSpan.FromHours(1));
        var state = await WaitForCompletionAsync(host, id);
        var late = await Assert.ThrowsAsync<Client.InstanceStateException>(() => host.Client.RaiseEventAsync(id, "approve", "too late"));

        Assert.Equal("timed out", DataConverter.Deserialize<string>(state.Output));
        Assert.True(late.IsFinished);
    }

    [Fact]
    public async Task Event_ToUnknownInstance_IsRefused()
    {
        var host = await StartHostAsync();

        await Assert.ThrowsAsync<Client.InstanceNotFoundException>(() => host.Client.RaiseEventAsync("no-such-instance", "approve"));
    }
}
