using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Which tasks an execution has scheduled and which have been answered, so an episode can drop duplicate and unknown
/// results without rescanning the whole history. Built once from a history, then kept up to date with each commit.
/// </summary>
internal sealed class HistoryIndex
{
    private readonly HashSet<int> _scheduled = [];
    private readonly HashSet<int> _answered = [];

    /// <summary>Builds the index of a history.</summary>
    /// <param name="history">The committed history.</param>
    /// <returns>The index.</returns>
    public static HistoryIndex Of(IReadOnlyList<HistoryEvent> history)
    {
        var index = new HistoryIndex();
        index.Add(history);
        return index;
    }

    /// <summary>Records committed events.</summary>
    /// <param name="events">The events, in order.</param>
    public void Add(IReadOnlyList<HistoryEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (ScheduledTask(events[i]) is { } task)
            {
                _scheduled.Add(task);
            }
            else if (AnsweredTask(events[i]) is { } answer)
            {
                _answered.Add(answer);
            }
        }
    }

    /// <summary>Returns whether a result is the first for a task this execution scheduled; counts it as answered if so.</summary>
    /// <param name="task">The task id the result answers.</param>
    /// <param name="answeredInEpisode">Tasks answered earlier in the same episode.</param>
    /// <returns><see langword="true"/> when the result should be applied.</returns>
    public bool IsFirstAnswer(int task, HashSet<int> answeredInEpisode) =>
        _scheduled.Contains(task) && !_answered.Contains(task) && answeredInEpisode.Add(task);

    /// <summary>Returns the task id an event schedules, if it schedules one.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The task id, or null.</returns>
    public static int? ScheduledTask(HistoryEvent e) => e switch
    {
        TaskScheduled s => s.TaskId,
        TimerCreated t => t.TaskId,
        SubOrchestrationCreated c => c.TaskId,
        _ => null,
    };

    /// <summary>Returns the task id an event answers, if it answers one.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The task id, or null.</returns>
    public static int? AnsweredTask(HistoryEvent e) => e switch
    {
        TaskCompleted c => c.TaskScheduledId,
        TaskFailed f => f.TaskScheduledId,
        TimerFired t => t.TimerId,
        SubOrchestrationCompleted c => c.TaskScheduledId,
        SubOrchestrationFailed f => f.TaskScheduledId,
        _ => null,
    };
}
