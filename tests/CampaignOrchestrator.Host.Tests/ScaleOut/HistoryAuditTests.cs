using System.Globalization;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>The scale-out test's history audit finds what a doubled episode or a lost row would leave behind.</summary>
public sealed class HistoryAuditTests
{
    private const string Execution = "0123abcd";
    private const string Worker = "worker-a";
    private static readonly DateTimeOffset At = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Workers = [Worker, "worker-b"];

    [Fact]
    public void Problems_SoundHistory_None()
    {
        var history = History(Sound());

        Assert.Empty(HistoryAudit.Problems(history, Workers));
        Assert.Equal(3, HistoryAudit.Episodes(history).Count);
    }

    [Fact]
    public void Problems_ActivityAnsweredTwice_Reported()
    {
        var events = Sound();
        events.Insert(4, (new TaskCompleted(At, 0, "1"), Worker));

        var problem = Assert.Single(HistoryAudit.Problems(History(events), Workers));

        Assert.Equal("run-1: task 0 answered 2 times", problem);
    }

    [Fact]
    public void Problems_EpisodeCommittedTwice_ReportsTheRepeatedTaskAndTimer()
    {
        var events = Sound();
        events.InsertRange(5, [(new OrchestratorStarted(At), Worker), (new TaskCompleted(At, 0, "1"), Worker), (new TimerCreated(At, 1, At), Worker)]);

        var problems = HistoryAudit.Problems(History(events), Workers);

        Assert.Contains("run-1: timer 1 recorded 2 times", problems);
        Assert.Contains("run-1: task 0 answered 2 times", problems);
    }

    [Fact]
    public void Problems_RowMissingOrSentinelBehind_ReportsTheSequence()
    {
        var history = History(Sound());
        history.Rows.RemoveAt(3);

        var problem = Assert.Single(HistoryAudit.Problems(history, Workers));

        Assert.StartsWith("run-1: sequence numbers [0,1,2,4,5,6,7,8]", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_EpisodeOfTwoWorkersOrAnUnknownOne_Reported()
    {
        var events = Sound();
        events[1] = (events[1].Event, "worker-b");
        events[5] = (events[5].Event, null);

        var problems = HistoryAudit.Problems(History(events), Workers);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.Contains("was committed by [", problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_NotFinished_Reported()
    {
        var events = Sound();
        events.RemoveAt(events.Count - 1);

        Assert.Contains("run-1: 0 ExecutionCompleted events, expected 1", HistoryAudit.Problems(History(events), Workers));
    }

    // Three episodes: start and schedule an activity; its result and a timer; the timer and completion.
    private static List<(HistoryEvent Event, string? Worker)> Sound() =>
    [
        (new OrchestratorStarted(At), Worker),
        (new ExecutionStarted(At, "Run", "run-1", Execution, null), Worker),
        (new TaskScheduled(At, 0, "Send", null), Worker),
        (new OrchestratorStarted(At), Worker),
        (new TaskCompleted(At, 0, "1"), Worker),
        (new TimerCreated(At, 1, At), Worker),
        (new OrchestratorStarted(At), Worker),
        (new TimerFired(At, 1, At), Worker),
        (new ExecutionCompleted(At, RuntimeStatus.Completed, null), Worker),
    ];

    private static InstanceHistory History(List<(HistoryEvent Event, string? Worker)> events)
    {
        var history = new InstanceHistory("run-1") { Sentinel = new SentinelRow(Execution, events.Count) };
        history.Rows.AddRange(events.Select((entry, seq) =>
            new EventRow($"{Execution}-{seq.ToString("X8", CultureInfo.InvariantCulture)}", Execution, entry.Worker, entry.Event)));
        return history;
    }
}
