using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Sequences, fan-out/fan-in and failures.</summary>
public abstract partial class OrchestrationConformanceTests
{
    [Fact]
    public async Task Sequence_TwentyActivities_RunInOrderAndComplete()
    {
        var host = await StartHostAsync();

        var state = await RunAsync(host, nameof(Sequence), 20);

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Equal("20", state.Output);
        var history = (await host.Client.GetAsync(state.InstanceId, includeHistory: true))!.History!;
        Assert.Equal(Enumerable.Range(0, 20), history.OfType<TaskScheduled>().Select(e => e.TaskId));
        Assert.Single(history.OfType<ExecutionStarted>());
    }

    [Fact]
    public async Task FanOut_TenThousandActivities_AllResultsFannedIn()
    {
        var count = LargeFanOutCount;
        var host = await StartHostAsync();

        var state = await RunAsync(host, nameof(FanOut), count);

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Equal(((long)count * (count + 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), state.Output);
        var history = (await host.Client.GetAsync(state.InstanceId, includeHistory: true))!.History!;
        Assert.Equal(count, history.OfType<TaskCompleted>().Select(e => e.TaskScheduledId).Distinct().Count());
        Assert.Equal(count, history.OfType<TaskCompleted>().Count());
    }

    [Fact]
    public async Task Orchestrator_Throws_InstanceFailsWithDetails()
    {
        var host = await StartHostAsync();

        var state = await RunAsync(host, nameof(Broken));

        Assert.Equal(RuntimeStatus.Failed, state.Status);
        Assert.Equal(typeof(InvalidOperationException).FullName, state.Failure!.ErrorType);
        Assert.Equal("the orchestration broke", state.Failure.Message);
        Assert.NotNull(state.Failure.StackTrace);
    }

    [Fact]
    public async Task Start_UnregisteredOrchestrator_RefusedAtOnce()
    {
        var host = await StartHostAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.StartAsync("NoSuchOrchestrator"));

        Assert.Contains("NoSuchOrchestrator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SameIdWhileRunning_ReturnsExistingInstance()
    {
        var host = await StartHostAsync();
        var id = await host.Client.StartAsync(nameof(Waiter), options: new("campaign-42"));
        await host.Client.WaitForStartAsync(id).WaitAsync(Timeout);
        var first = await host.Client.GetAsync(id);

        var again = await host.Client.StartAsync(nameof(Waiter), options: new("campaign-42"));

        Assert.Equal(id, again);
        var after = await host.Client.GetAsync(id);
        Assert.Equal(first!.ExecutionId, after!.ExecutionId);
        Assert.Equal(first.CreatedAt, after.CreatedAt);
    }

    [Fact]
    public async Task Start_SameIdAfterFinish_ReplacesTheInstance()
    {
        var host = await StartHostAsync();
        var first = await RunAsync(host, nameof(Sequence), 1);

        await host.Client.StartAsync(nameof(Sequence), 3, new(first.InstanceId));
        var second = await WaitForCompletionAsync(host, first.InstanceId);

        Assert.NotEqual(first.ExecutionId, second.ExecutionId);
        Assert.Equal("3", second.Output);
    }

    [Fact]
    public async Task StartIfAbsent_IdOfAFinishedInstance_KeepsIt()
    {
        var host = await StartHostAsync();
        var first = await RunAsync(host, nameof(Sequence), 1);

        var started = await host.Client.StartIfAbsentAsync(nameof(Sequence), first.InstanceId, 3);

        Assert.False(started);
        var after = await host.Client.GetAsync(first.InstanceId);
        Assert.Equal(first.ExecutionId, after!.ExecutionId);
        Assert.Equal("1", after.Output);
    }

    [Fact]
    public async Task StartIfAbsent_ManyCallersAtOnce_ExactlyOneStarts()
    {
        var host = await StartHostAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => host.Client.StartIfAbsentAsync(nameof(Sequence), "once-only", i + 1)));

        Assert.Single(outcomes, started => started);
        var state = await WaitForCompletionAsync(host, "once-only");
        Assert.Equal(RuntimeStatus.Completed, state.Status);
    }

    [Fact]
    public async Task GetStatus_FinishedInstance_GivesEverythingButTheInputAndHistory()
    {
        var host = await StartHostAsync();
        var finished = await RunAsync(host, nameof(Sequence), 2);

        var status = await host.Client.GetStatusAsync(finished.InstanceId);

        Assert.NotNull(status);
        Assert.Null(status.Input);
        Assert.Null(status.History);
        Assert.Equal((finished.Status, finished.Output, finished.ExecutionId), (status.Status, status.Output, status.ExecutionId));
        Assert.Equal("2", (await host.Client.GetAsync(finished.InstanceId))!.Input);
        Assert.Null(await host.Client.GetStatusAsync("no-such-instance"));
    }
}
