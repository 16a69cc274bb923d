using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Durable retry policies, checked on a fake clock.</summary>
public abstract partial class OrchestrationConformanceTests
{
    [Fact]
    public async Task RetryPolicy_TwoTransientFailures_RetriedAfterOneThenTwoSecondsAndSucceeds()
    {
        var (host, time) = await StartHostOnFakeClockAsync();
        var id = await host.Client.StartAsync(nameof(Retrying), 2);

        var state = await FireTimersAsync(host, time, id, timers: 2);

        Assert.Equal("succeeded on attempt 3", DataConverter.Deserialize<string>(state.Output));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], TimerDelays(state));
    }

    [Fact]
    public async Task RetryPolicy_AttemptsExhausted_OrchestratorSeesTypedFailureDetails()
    {
        var (host, time) = await StartHostOnFakeClockAsync();
        var id = await host.Client.StartAsync(nameof(Retrying), 99);

        var state = await FireTimersAsync(host, time, id, timers: 3);

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Equal($"gave up: {typeof(VendorHiccupException).FullName}|attempt 4 failed|E503|True|True", DataConverter.Deserialize<string>(state.Output));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], TimerDelays(state));
        Assert.Equal(4, Attempts.Count(id));
    }

    /// <summary>Moves the fake clock to each timer's due time as soon as the orchestration has created it, then waits for the end.</summary>
    /// <param name="host">The host.</param>
    /// <param name="time">The fake clock.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="timers">How many timers to fire.</param>
    /// <returns>The finished state.</returns>
    protected static async Task<InstanceState> FireTimersAsync(DurableTestHost host, FakeTimeProvider time, string instanceId, int timers)
    {
        for (var k = 1; k <= timers; k++)
        {
            var count = k;
            var state = await WaitUntilAsync(host, instanceId, s => s.History!.OfType<TimerCreated>().Count() >= count);
            var fireAt = state.History!.OfType<TimerCreated>().ElementAt(count - 1).FireAt;
            if (fireAt > time.GetUtcNow())
            {
                time.SetUtcNow(fireAt);
            }
        }

        return await WaitForCompletionAsync(host, instanceId);
    }

    private static TimeSpan[] TimerDelays(InstanceState state) =>
        [.. state.History!.OfType<TimerCreated>().Select(t => t.FireAt - t.Timestamp)];
}
