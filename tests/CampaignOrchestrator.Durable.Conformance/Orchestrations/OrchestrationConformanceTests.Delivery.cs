using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Redelivery, poison messages and non-determinism.</summary>
public abstract partial class OrchestrationConformanceTests
{
    [Fact]
    public async Task Completion_DeliveredTwice_IsAppliedOnce()
    {
        var host = await StartHostAsync();
        var id = await host.Client.StartAsync(nameof(CallThenWait), "original");
        var called = await WaitUntilAsync(host, id, s => s.CustomStatus is not null);
        var completed = Assert.Single(called.History!.OfType<TaskCompleted>());

        await host.Store.SendAsync(new InstanceMessage(id, completed with { Result = "\"duplicate\"" }, ExecutionId: called.ExecutionId));
        await host.Store.SendAsync(new InstanceMessage(id, new TaskCompleted(completed.Timestamp, 77, "\"never scheduled\""), ExecutionId: called.ExecutionId));
        await host.Client.RaiseEventAsync(id, "go", "go");
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal("original|go", DataConverter.Deserialize<string>(state.Output));
        Assert.Single(state.History!.OfType<TaskCompleted>());
    }

    [Fact]
    public async Task Episode_FailingOnEveryDelivery_IsDeadLetteredAndTheInstanceFailsWithTheReason()
    {
        var (host, time) = await StartHostOnFakeClockAsync();
        var id = await host.Client.StartAsync(nameof(Unconstructible));

        // Each failed delivery is released with a growing delay; the fake clock moves on until the next one arrives.
        for (var delivery = 1; delivery <= 5; delivery++)
        {
            var count = delivery;
            await AdvanceUntilAsync(time, () => Attempts.WaitForAsync(nameof(Unconstructible), count));
        }

        await AdvanceUntilAsync(time, () => host.Client.WaitForCompletionAsync(id));
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal(RuntimeStatus.Failed, state.Status);
        Assert.Equal("PoisonMessage", state.Failure!.ErrorType);
        Assert.Contains("the orchestrator's dependencies are broken", state.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(5, Attempts.Count(nameof(Unconstructible)));
        var deadLetter = Assert.Single(await host.Store.ListDeadLettersAsync(id));
        Assert.Equal("orchestration", deadLetter.Kind);
        Assert.Contains("ExecutionStarted", deadLetter.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_LockedRepeatedlyWithoutResult_IsDeadLetteredAndTheOrchestratorSeesTheFailure()
    {
        var (host, time) = await StartHostOnFakeClockAsync(startWorker: false);
        var id = await host.Client.StartAsync(nameof(Retrying), 0);
        var store = host.Store;
        var episode = await store.LockNextOrchestrationAsync(TimeSpan.FromMinutes(1));
        await store.CommitOrchestrationAsync(episode!, new EpisodeCommit(
            [new OrchestratorStarted(Start), episode!.Messages[0], new TaskScheduled(Start, 0, nameof(Flaky), "{\"failures\":0}")],
            RuntimeStatus.Running,
            null,
            null,
            null,
            [new OutboundMessage(Activity: new ActivityRequest(id, 0, nameof(Flaky), "{\"failures\":0}", ((ExecutionStarted)episode.Messages[0]).ExecutionId))]));

        // Five workers took the activity and died before recording a result.
        for (var delivery = 1; delivery <= 5; delivery++)
        {
            Assert.NotNull(await store.LockNextActivityAsync(TimeSpan.FromMinutes(1)));
            time.Advance(TimeSpan.FromMinutes(1));
        }

        await host.StartWorkerAsync();
        var state = await FireTimersAsync(host, time, id, timers: 0);

        Assert.StartsWith("gave up: PoisonMessage|Activity 'Flaky' was delivered 5 times", DataConverter.Deserialize<string>(state.Output), StringComparison.Ordinal);
        Assert.Equal(0, Attempts.Count(id));
        Assert.Equal("activity", Assert.Single(await store.ListDeadLettersAsync(id)).Kind);
    }

    [Fact]
    public async Task Replay_CodeChangedWhileRunning_InstanceFailsNamingExpectedAndActualAction()
    {
        // New code arrives with a new process, which replays from the history; no orchestration is kept in memory here.
        var host = await StartHostAsync(configure: options => options.ConfigureWorker = worker => worker.MaxCachedOrchestrations = 0);
        var id = await host.Client.StartAsync(nameof(Changing));
        await WaitUntilAsync(host, id, s => s.History!.OfType<TaskCompleted>().Any());

        Change.Changed = true;
        await host.Client.RaiseEventAsync(id, "go", "!");
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal(RuntimeStatus.Failed, state.Status);
        Assert.Contains("activity 'Increment'", state.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("activity 'Echo'", state.Failure.Message, StringComparison.Ordinal);
    }
}
