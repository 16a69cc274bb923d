using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Replay;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>Deciding what an episode commits.</summary>
internal sealed partial class EpisodeProcessor
{
    private EpisodeDecision Decide(OrchestrationWorkItem item)
    {
        var now = timeProvider.GetUtcNow();
        var started = item.History.OfType<ExecutionStarted>().FirstOrDefault() ?? item.Messages.OfType<ExecutionStarted>().FirstOrDefault();
        if (started is null)
        {
            return new("(unknown)", DeadLetter(item, null, now, "The instance has no ExecutionStarted event to run from."));
        }

        if (item.DeliveryCount > options.MaxDeliveryCount)
        {
            var lastError = _lastErrors.TryGetValue(item.InstanceId, out var error) ? error : "the worker stopped or crashed before committing";
            var reason = $"The episode's messages were delivered {item.DeliveryCount - 1} times without a successful commit (limit {options.MaxDeliveryCount}); last error: {lastError}";
            return new(started.Name, DeadLetter(item, started, now, reason));
        }

        if (item.Status.IsFinished())
        {
            // Late messages to a finished instance (a result after terminate, a duplicate): consumed, nothing changes.
            var finished = item.History.OfType<ExecutionCompleted>().LastOrDefault();
            return new(started.Name, new EpisodeCommit([], item.Status, item.CustomStatus, finished?.Output, finished?.Failure, []));
        }

        var cached = _sessions.Take(item.InstanceId, started.ExecutionId, item.History.Count);
        var index = cached?.Index ?? HistoryIndex.Of(item.History);
        var messages = EpisodeMessages.Sort(index, item.Messages);
        var opening = Opening(item, started, now);
        if (messages.Terminated is { } terminated)
        {
            var termination = EpisodeCommitBuilder.BuildTermination(started, item.History, terminated);
            return new(started.Name, termination with { NewHistory = [.. opening, .. termination.NewHistory], CustomStatus = item.CustomStatus });
        }

        if (item.Status == RuntimeStatus.Suspended)
        {
            // Only resume and terminate reach a suspended instance; the events it missed are delivered after this commit.
            HistoryEvent[] resumed = messages.Resumed is { } resume ? [resume] : [];
            return new(started.Name, new EpisodeCommit(resumed, resumed.Length > 0 ? RuntimeStatus.Running : RuntimeStatus.Suspended, item.CustomStatus, null, null, []));
        }

        return RunCode(item, started, messages, [.. opening, .. messages.Events], cached?.Session, index);
    }

    private EpisodeDecision RunCode(
        OrchestrationWorkItem item, ExecutionStarted started, EpisodeMessages messages, List<HistoryEvent> episode, OrchestrationSession? session, HistoryIndex index)
    {
        IReadOnlyList<HistoryEvent> unapplied = [];
        if (session is null)
        {
            var orchestrator = registry.CreateOrchestrator(services, started.Name);
            if (orchestrator is null)
            {
                var failure = new FailureDetails("OrchestratorNotFound", $"No orchestrator named '{started.Name}' is registered with this worker.");
                return new(started.Name, Fail(started, episode, item.CustomStatus, failure));
            }

            session = new OrchestrationSession(orchestrator);
            unapplied = item.History;
        }

        var result = session.Run(unapplied, episode);
        var commit = EpisodeCommitBuilder.Build(started, episode, result, static () => Guid.NewGuid().ToString("N"));
        if (messages.Resumed is { } resumed)
        {
            commit = commit with { NewHistory = [.. commit.NewHistory, resumed] };
        }

        if (messages.Suspended is { } suspended && commit.Status == RuntimeStatus.Running)
        {
            commit = commit with { NewHistory = [.. commit.NewHistory, suspended], Status = RuntimeStatus.Suspended };
        }

        return new(started.Name, commit, new CachedOrchestration(session, index));
    }

    private static EpisodeCommit DeadLetter(OrchestrationWorkItem item, ExecutionStarted? started, DateTimeOffset now, string reason)
    {
        var failure = new FailureDetails("PoisonMessage", reason);
        if (started is null)
        {
            return new EpisodeCommit([], RuntimeStatus.Failed, item.CustomStatus, null, failure, [], DeadLetterReason: reason);
        }

        return Fail(started, Opening(item, started, now), item.CustomStatus, failure) with { DeadLetterReason = reason };
    }

    private static EpisodeCommit Fail(ExecutionStarted started, List<HistoryEvent> episode, string? customStatus, FailureDetails failure)
    {
        var now = episode.Count > 0 ? episode[0].Timestamp : started.Timestamp;
        var completion = new ExecutionCompletion(RuntimeStatus.Failed, null, failure, []);
        var result = new EpisodeResult([new ExecutionCompleted(now, RuntimeStatus.Failed, null, failure)], [], customStatus, completion);
        return EpisodeCommitBuilder.Build(started, episode, result, static () => string.Empty);
    }

    // Every episode's history starts with OrchestratorStarted; the first one also records the ExecutionStarted.
    private static List<HistoryEvent> Opening(OrchestrationWorkItem item, ExecutionStarted started, DateTimeOffset now) =>
        item.History.Count == 0 ? [new OrchestratorStarted(now), started] : [new OrchestratorStarted(now)];

    /// <summary>What an episode commits, and the session to keep if the commit succeeds.</summary>
    /// <param name="Name">The orchestrator name.</param>
    /// <param name="Commit">The commit.</param>
    /// <param name="Cached">The running orchestration and its history index, when its code ran.</param>
    private sealed record EpisodeDecision(string Name, EpisodeCommit Commit, CachedOrchestration? Cached = null);
}
