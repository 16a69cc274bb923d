using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Replay;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>Turns what an episode produced into the one state transition the store commits.</summary>
internal static class EpisodeCommitBuilder
{
    /// <summary>Builds the commit of an episode.</summary>
    /// <param name="started">The execution's start event.</param>
    /// <param name="episodeEvents">The events delivered in the episode (its <see cref="OrchestratorStarted"/> first).</param>
    /// <param name="result">The executor's result.</param>
    /// <param name="newExecutionId">The execution id to use if the execution continues as new.</param>
    /// <returns>The commit.</returns>
    public static EpisodeCommit Build(ExecutionStarted started, IReadOnlyList<HistoryEvent> episodeEvents, EpisodeResult result, Func<string> newExecutionId)
    {
        var now = episodeEvents.Count > 0 ? episodeEvents[0].Timestamp : started.Timestamp;
        var completion = result.Completion;
        if (completion?.Status == RuntimeStatus.ContinuedAsNew)
        {
            // Actions scheduled alongside continue-as-new belong to the ending execution: they are dropped, as in Durable Task.
            var restarted = new ExecutionStarted(now, started.Name, started.InstanceId, newExecutionId(), completion.Output, started.Parent);
            var carried = completion.CarriedEvents.Select(e => new OutboundMessage(ToInstance: new InstanceMessage(started.InstanceId, e))).ToList();
            return new EpisodeCommit([], RuntimeStatus.ContinuedAsNew, result.CustomStatus, null, null, carried, restarted);
        }

        var outbound = result.Actions.Select(action => ToOutbound(started, action)).ToList();
        if (completion is not null && started.Parent is { } parent)
        {
            HistoryEvent reply = completion.Status == RuntimeStatus.Completed
                ? new SubOrchestrationCompleted(now, parent.TaskId, completion.Output)
                : new SubOrchestrationFailed(now, parent.TaskId, completion.Failure ?? new FailureDetails("Unknown", "The sub-orchestration failed."));
            outbound.Add(new OutboundMessage(ToInstance: new InstanceMessage(parent.InstanceId, reply, ExecutionId: parent.ExecutionId)));
        }

        return new EpisodeCommit(
            [.. episodeEvents, .. result.NewEvents],
            completion?.Status ?? RuntimeStatus.Running,
            result.CustomStatus,
            completion?.Output,
            completion?.Failure,
            outbound);
    }

    /// <summary>Builds the commit of a terminate request: the execution ends, and running children are terminated too.</summary>
    /// <param name="started">The execution's start event.</param>
    /// <param name="history">The committed history.</param>
    /// <param name="terminated">The terminate request.</param>
    /// <returns>The commit.</returns>
    public static EpisodeCommit BuildTermination(ExecutionStarted started, IReadOnlyList<HistoryEvent> history, ExecutionTerminated terminated)
    {
        var output = Serialization.DataConverter.Serialize(terminated.Reason);
        var finishedChildren = history
            .Select(e => e switch { SubOrchestrationCompleted c => c.TaskScheduledId, SubOrchestrationFailed f => f.TaskScheduledId, _ => -1 })
            .ToHashSet();
        var outbound = history.OfType<SubOrchestrationCreated>()
            .Where(child => !finishedChildren.Contains(child.TaskId))
            .Select(child => new OutboundMessage(ToInstance: new InstanceMessage(child.InstanceId, terminated)))
            .ToList();
        if (started.Parent is { } parent)
        {
            outbound.Add(new OutboundMessage(ToInstance: new InstanceMessage(
                parent.InstanceId,
                new SubOrchestrationFailed(terminated.Timestamp, parent.TaskId, new FailureDetails("Terminated", terminated.Reason ?? "The sub-orchestration was terminated.")),
                ExecutionId: parent.ExecutionId)));
        }

        return new EpisodeCommit(
            [terminated, new ExecutionCompleted(terminated.Timestamp, RuntimeStatus.Terminated, output)],
            RuntimeStatus.Terminated,
            null,
            output,
            null,
            outbound);
    }

    private static OutboundMessage ToOutbound(ExecutionStarted started, OrchestratorAction action) => action switch
    {
        ScheduleActivityAction a => new OutboundMessage(Activity: new ActivityRequest(started.InstanceId, a.TaskId, a.Name, a.Input, started.ExecutionId)),
        CreateTimerAction t => new OutboundMessage(ToInstance: new InstanceMessage(
            started.InstanceId, new TimerFired(t.FireAt, t.TaskId, t.FireAt), t.FireAt, started.ExecutionId)),
        StartSubOrchestrationAction s => new OutboundMessage(NewChild: new NewInstance(
            s.InstanceId, s.Name, s.Input, null, new ParentInstance(started.InstanceId, s.TaskId, started.ExecutionId))),
        _ => throw new InvalidOperationException($"Unknown action {action.GetType().Name}."),
    };
}
