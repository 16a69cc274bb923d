using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>
/// Runs one episode: replays the stored history through the orchestration code on a single-threaded scheduler,
/// then delivers the new events, and reports the actions and history events the episode added. The worker keeps
/// <see cref="OrchestrationSession"/>s between episodes instead, so it replays only when a session is missing.
/// </summary>
public static class OrchestrationExecutor
{
    /// <summary>Runs an episode.</summary>
    /// <param name="orchestrator">The orchestration code.</param>
    /// <param name="past">The committed history of the current execution (starts with <see cref="ExecutionStarted"/>, unless it is empty).</param>
    /// <param name="newEvents">The events of this episode: usually an <see cref="OrchestratorStarted"/> followed by the messages received.</param>
    /// <returns>The episode's result.</returns>
    public static EpisodeResult Execute(IOrchestrator orchestrator, IReadOnlyList<HistoryEvent> past, IReadOnlyList<HistoryEvent> newEvents)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        ArgumentNullException.ThrowIfNull(past);
        ArgumentNullException.ThrowIfNull(newEvents);
        return new OrchestrationSession(orchestrator).Run(past, newEvents);
    }

    /// <summary>Applies one history event to a running orchestration.</summary>
    /// <param name="context">The orchestration's context.</param>
    /// <param name="historyEvent">The event.</param>
    internal static void Apply(ReplayOrchestrationContext context, HistoryEvent historyEvent)
    {
        switch (historyEvent)
        {
            case OrchestratorStarted:
                context.CurrentTime = historyEvent.Timestamp;
                break;
            case TaskScheduled e:
                context.MatchRecordedAction(e.TaskId, $"activity '{e.Name}' (task {e.TaskId})", a => a is ScheduleActivityAction s && s.Name == e.Name);
                break;
            case TimerCreated e:
                context.MatchRecordedAction(e.TaskId, $"timer (task {e.TaskId})", a => a is CreateTimerAction);
                break;
            case SubOrchestrationCreated e:
                context.MatchRecordedAction(e.TaskId, $"sub-orchestration '{e.Name}' (task {e.TaskId})", a => a is StartSubOrchestrationAction s && s.Name == e.Name);
                break;
            case TaskCompleted e:
                context.Complete(e.TaskScheduledId, e.Result);
                break;
            case TaskFailed e:
                context.Fail(e.TaskScheduledId, e.Failure);
                break;
            case TimerFired e:
                context.Complete(e.TimerId, null);
                break;
            case SubOrchestrationCompleted e:
                context.Complete(e.TaskScheduledId, e.Result);
                break;
            case SubOrchestrationFailed e:
                context.Fail(e.TaskScheduledId, e.Failure);
                break;
            case EventRaised e:
                context.Raise(e);
                break;
        }
    }

    internal static ExecutionCompletion? Completion(ReplayOrchestrationContext context, Task<string?> run)
    {
        if (!run.IsCompleted)
        {
            return null;
        }

        if (run.IsCompletedSuccessfully)
        {
            return context.ContinueAsNewRequested
                ? new ExecutionCompletion(RuntimeStatus.ContinuedAsNew, context.ContinueAsNewInput, null, [.. context.BufferedEvents])
                : new ExecutionCompletion(RuntimeStatus.Completed, run.Result, null, []);
        }

        var exception = run.Exception?.InnerException ?? new TaskCanceledException("The orchestration was cancelled.");
        return new ExecutionCompletion(RuntimeStatus.Failed, null, FailureDetails.FromException(exception), []);
    }

    internal static EpisodeResult Finish(ReplayOrchestrationContext context, ExecutionCompletion? completion)
    {
        var now = context.CurrentTime;
        var actions = context.NewActions.ToList();
        var events = new List<HistoryEvent>(actions.Count + 1);
        foreach (var action in actions)
        {
            events.Add(action switch
            {
                ScheduleActivityAction a => new TaskScheduled(now, a.TaskId, a.Name, a.Input),
                CreateTimerAction t => new TimerCreated(now, t.TaskId, t.FireAt),
                StartSubOrchestrationAction s => new SubOrchestrationCreated(now, s.TaskId, s.Name, s.InstanceId, s.Input),
                _ => throw new InvalidOperationException($"Unknown action {action.GetType().Name}."),
            });
        }

        if (completion is not null)
        {
            events.Add(completion.Status == RuntimeStatus.ContinuedAsNew
                ? new ContinuedAsNew(now, completion.Output)
                : new ExecutionCompleted(now, completion.Status, completion.Output, completion.Failure));
        }

        return new EpisodeResult(events, actions, context.CustomStatus, completion);
    }
}
