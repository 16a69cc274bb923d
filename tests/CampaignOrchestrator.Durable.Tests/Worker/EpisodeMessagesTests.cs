using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Worker;

namespace CampaignOrchestrator.Durable.Tests.Worker;

public sealed class EpisodeMessagesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static readonly HistoryEvent[] History =
    [
        new OrchestratorStarted(Now),
        new ExecutionStarted(Now, "Run", "run-1", "e1", null),
        new TaskScheduled(Now, 0, "A", null),
        new TaskScheduled(Now, 1, "B", null),
        new TimerCreated(Now, 2, Now.AddMinutes(1)),
        new TaskCompleted(Now, 0, "1"),
    ];

    [Fact]
    public void Sort_ResultsForAnsweredUnknownOrRepeatedTasks_AreDropped()
    {
        HistoryEvent[] messages =
        [
            new TaskCompleted(Now, 0, "again"),
            new TaskCompleted(Now, 1, "2"),
            new TaskFailed(Now, 1, new FailureDetails("X", "late duplicate")),
            new TaskCompleted(Now, 9, "never scheduled"),
            new TimerFired(Now, 2, Now),
            new EventRaised(Now, "go", null),
        ];

        var sorted = EpisodeMessages.Sort(HistoryIndex.Of(History), messages);

        Assert.Equal([messages[1], messages[4], messages[5]], sorted.Events);
    }

    [Fact]
    public void Sort_ControlRequestsAndRedeliveredStart_AreSetApart()
    {
        var terminate = new ExecutionTerminated(Now, "first");
        var suspend = new ExecutionSuspended(Now, "pause");
        var resume = new ExecutionResumed(Now, "go on");
        HistoryEvent[] messages = [History[1], suspend, terminate, new ExecutionTerminated(Now, "second"), resume];

        var sorted = EpisodeMessages.Sort(HistoryIndex.Of(History), messages);

        Assert.Empty(sorted.Events);
        Assert.Equal((terminate, suspend, resume), (sorted.Terminated, sorted.Suspended, sorted.Resumed));
    }

    [Fact]
    public void HistoryIndex_Add_LaterResultsForNewlyAnsweredTasksAreDuplicates()
    {
        var index = HistoryIndex.Of(History);
        index.Add([new TaskCompleted(Now, 1, "2")]);

        var sorted = EpisodeMessages.Sort(index, [new TaskCompleted(Now, 1, "again")]);

        Assert.Empty(sorted.Events);
    }
}
