using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Sub-orchestrations and continue-as-new.</summary>
public abstract partial class OrchestrationConformanceTests
{
    [Fact]
    public async Task SubOrchestration_SuccessAndFailure_BothPropagateToTheParent()
    {
        var host = await StartHostAsync();

        var state = await RunAsync(host, nameof(Parent), new[] { 21, -1 });

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        var outcomes = DataConverter.Deserialize<string[]>(state.Output)!;
        Assert.Equal("42", outcomes[0]);
        Assert.StartsWith($"failed:{typeof(ArgumentOutOfRangeException).FullName}:negative input", outcomes[1], StringComparison.Ordinal);
        var children = state.History ?? (await host.Client.GetAsync(state.InstanceId, true))!.History!;
        var child = (await host.Client.GetAsync(children.OfType<SubOrchestrationCreated>().First().InstanceId))!;
        Assert.Equal(RuntimeStatus.Completed, child.Status);
    }

    [Fact]
    public async Task ContinueAsNew_ThreeTimes_HistoryRestartsAndAnEarlyEventIsCarriedOver()
    {
        var host = await StartHostAsync(configure: options => options.StartWorker = false);
        var id = await host.Client.StartAsync(nameof(Rounds), 0);
        await host.Client.RaiseEventAsync(id, "final", "stop");

        await host.StartWorkerAsync();
        var state = await WaitForCompletionAsync(host, id);

        Assert.Equal($"round {Rounds.LastRound}: stop", DataConverter.Deserialize<string>(state.Output));
        Assert.Equal($"{{\"round\":{Rounds.LastRound}}}", state.CustomStatus);
        var started = Assert.Single(state.History!.OfType<ExecutionStarted>());
        Assert.Equal(Rounds.LastRound.ToString(System.Globalization.CultureInfo.InvariantCulture), started.Input);
        Assert.Single(state.History!.OfType<TaskScheduled>());
    }
}
