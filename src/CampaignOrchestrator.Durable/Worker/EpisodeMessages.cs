using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Sorts an episode's messages: control requests (terminate, suspend, resume) and the execution's start apart from the
/// events the orchestration code sees, and redelivered duplicates dropped, so a completion delivered twice is applied once.
/// </summary>
/// <param name="Events">The events to replay into the orchestration, in arrival order.</param>
/// <param name="Terminated">The first terminate request, if any.</param>
/// <param name="Suspended">The last suspend request, if any.</param>
/// <param name="Resumed">The last resume request, if any.</param>
internal sealed record EpisodeMessages(
    IReadOnlyList<HistoryEvent> Events,
    ExecutionTerminated? Terminated,
    ExecutionSuspended? Suspended,
    ExecutionResumed? Resumed)
{
    /// <summary>Sorts the messages of a work item against the committed history.</summary>
    /// <param name="history">What the execution's committed history scheduled and answered.</param>
    /// <param name="messages">The delivered messages.</param>
    /// <returns>The sorted messages.</returns>
    public static EpisodeMessages Sort(HistoryIndex history, IReadOnlyList<HistoryEvent> messages)
    {
        var answered = new HashSet<int>();
        var events = new List<HistoryEvent>(messages.Count);
        ExecutionTerminated? terminated = null;
        ExecutionSuspended? suspended = null;
        ExecutionResumed? resumed = null;
        foreach (var message in messages)
        {
            switch (message)
            {
                case ExecutionTerminated t:
                    terminated ??= t;
                    break;
                case ExecutionSuspended s:
                    suspended = s;
                    break;
                case ExecutionResumed r:
                    resumed = r;
                    break;
                case ExecutionStarted:
                    // The episode's opening records the start (see EpisodeProcessor); a redelivered start is a duplicate.
                    break;
                default:
                    // A result for a task this execution never scheduled, or one already answered, is a duplicate.
                    if (HistoryIndex.AnsweredTask(message) is not { } task || history.IsFirstAnswer(task, answered))
                    {
                        events.Add(message);
                    }

                    break;
            }
        }

        return new EpisodeMessages(events, terminated, suspended, resumed);
    }
}
