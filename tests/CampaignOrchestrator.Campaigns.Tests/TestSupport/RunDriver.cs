using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>
/// Drives a run on the fake clock without sleeping: waits (on the client's commit signal) until the run is idle — no
/// activity in flight, no due timer undelivered — then lets the test intervene (raise an event), or moves the clock to
/// the earliest pending timer and wakes the worker (see <see cref="WorkerNudge"/>). Timers are therefore fired one at a
/// time, exactly when nothing else is happening.
/// </summary>
internal sealed class RunDriver(DurableClient client, FakeTimeProvider time)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Drives the run to its end, or until <paramref name="until"/> holds while it is idle; <paramref name="intervene"/>
    /// returns true when it raised an event, and the driver then waits for the run to take it in.
    /// </summary>
    public async Task<InstanceState> DriveAsync(
        string instanceId,
        Func<InstanceState, CampaignRunStatus?, Task<bool>>? intervene = null,
        Func<CampaignRunStatus, bool>? until = null)
    {
        while (true)
        {
            var state = await client.WaitUntilAsync(instanceId, true, s => IsFinished(s) || Idle(s) is not null).WaitAsync(Timeout);
            if (IsFinished(state) || (until is not null && StatusOf(state) is { } current && until(current)))
            {
                return state;
            }

            if (intervene is not null && await intervene(state, StatusOf(state)))
            {
                var raised = Raised(state);
                await client.WaitUntilAsync(instanceId, true, s => IsFinished(s) || s.ExecutionId != state.ExecutionId || Raised(s) > raised).WaitAsync(Timeout);
                continue;
            }

            var next = Idle(state)!.Value;
            Assert.True(next != DateTimeOffset.MaxValue, $"The run is idle with no timer and nothing to do; status {state.CustomStatus}");
            time.SetUtcNow(next);
            await client.StartAsync(WorkerNudge.Name);
        }
    }

    public static CampaignRunStatus? StatusOf(InstanceState state) => DataConverter.Deserialize<CampaignRunStatus>(state.CustomStatus);

    private static bool IsFinished(InstanceState state) =>
        state.Status is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;

    private static int Raised(InstanceState state) => state.History!.OfType<EventRaised>().Count();

    /// <summary>The earliest pending timer when the run is idle (MaxValue for idle without one); null when it is busy.</summary>
    private DateTimeOffset? Idle(InstanceState state)
    {
        if (state.Status != RuntimeStatus.Running || state.History is not { } history)
        {
            return null;
        }

        var finished = history.OfType<TaskCompleted>().Select(e => e.TaskScheduledId)
            .Concat(history.OfType<TaskFailed>().Select(e => e.TaskScheduledId))
            .ToHashSet();
        if (history.OfType<TaskScheduled>().Any(e => !finished.Contains(e.TaskId)))
        {
            return null;
        }

        var fired = history.OfType<TimerFired>().Select(e => e.TimerId).ToHashSet();
        var pending = history.OfType<TimerCreated>().Where(e => !fired.Contains(e.TaskId)).ToList();
        var now = time.GetUtcNow();
        if (pending.Any(e => e.FireAt <= now))
        {
            return null;
        }

        return pending.Count == 0 ? DateTimeOffset.MaxValue : pending.Min(e => e.FireAt);
    }
}
