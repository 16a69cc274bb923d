using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Replay;
using CampaignOrchestrator.Durable.Worker;

namespace CampaignOrchestrator.Durable.Tests.Worker;

public sealed class EpisodeCommitBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly ExecutionStarted Started = new(Now, "CampaignRun", "run-1", "e1", "{}");
    private static readonly ExecutionStarted ChildStarted = Started with { InstanceId = "run-1:3", Parent = new ParentInstance("run-1", 3) };
    private static readonly HistoryEvent[] Episode = [new OrchestratorStarted(Now)];

    private static EpisodeResult Result(ExecutionCompletion? completion, params OrchestratorAction[] actions) => new([], actions, "\"busy\"", completion);

    [Fact]
    public void Build_Actions_BecomeActivityRequestsTimerMessagesAndChildStarts()
    {
        var fireAt = Now.AddDays(7);

        var commit = EpisodeCommitBuilder.Build(Started, Episode, Result(null,
            new ScheduleActivityAction(0, "CreateBatch", "{\"wave\":1}"),
            new CreateTimerAction(1, fireAt),
            new StartSubOrchestrationAction(2, "Monitor", "run-1:2", null)), () => "e2");

        Assert.Equal(RuntimeStatus.Running, commit.Status);
        Assert.Equal("\"busy\"", commit.CustomStatus);
        Assert.Equal(new ActivityRequest("run-1", 0, "CreateBatch", "{\"wave\":1}", "e1"), commit.Outbound[0].Activity);
        Assert.Equal(new InstanceMessage("run-1", new TimerFired(fireAt, 1, fireAt), fireAt, "e1"), commit.Outbound[1].ToInstance);
        Assert.Equal(new NewInstance("run-1:2", "Monitor", null, null, new ParentInstance("run-1", 2, "e1")), commit.Outbound[2].NewChild);
    }

    [Fact]
    public void Build_ChildCompleted_RepliesToItsParent()
    {
        var commit = EpisodeCommitBuilder.Build(ChildStarted, Episode, Result(new ExecutionCompletion(RuntimeStatus.Completed, "42", null, [])), () => "e2");

        Assert.Equal(RuntimeStatus.Completed, commit.Status);
        var reply = Assert.Single(commit.Outbound).ToInstance!;
        Assert.Equal("run-1", reply.InstanceId);
        Assert.Equal(new SubOrchestrationCompleted(Now, 3, "42"), reply.Event);
    }

    [Fact]
    public void Build_ContinueAsNew_RestartsHistoryAndRequeuesCarriedEvents()
    {
        var carried = new EventRaised(Now, "stop", null);

        var commit = EpisodeCommitBuilder.Build(Started, Episode, Result(new ExecutionCompletion(RuntimeStatus.ContinuedAsNew, "{\"round\":2}", null, [carried])), () => "e2");

        Assert.Equal(RuntimeStatus.ContinuedAsNew, commit.Status);
        Assert.Empty(commit.NewHistory);
        var restarted = commit.ContinuedAs!;
        Assert.Equal(("e2", "{\"round\":2}"), (restarted.ExecutionId, restarted.Input));
        Assert.Equal(new InstanceMessage("run-1", carried), Assert.Single(commit.Outbound).ToInstance);
    }

    [Fact]
    public void BuildTermination_TerminatesRunningChildrenOnlyAndTellsTheParent()
    {
        HistoryEvent[] history =
        [
            ChildStarted,
            new SubOrchestrationCreated(Now, 0, "A", "child-a", null),
            new SubOrchestrationCreated(Now, 1, "B", "child-b", null),
            new SubOrchestrationCompleted(Now, 0, null),
        ];
        var terminated = new ExecutionTerminated(Now, "stopped by operator");

        var commit = EpisodeCommitBuilder.BuildTermination(ChildStarted, history, terminated);

        Assert.Equal(RuntimeStatus.Terminated, commit.Status);
        Assert.Equal(["child-b", "run-1"], commit.Outbound.Select(o => o.ToInstance!.InstanceId));
        Assert.IsType<SubOrchestrationFailed>(commit.Outbound[1].ToInstance!.Event);
        Assert.Equal("\"stopped by operator\"", commit.Output);
    }
}
