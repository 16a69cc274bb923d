using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>
/// A running orchestration kept between episodes. The first episode replays the whole history; later episodes feed
/// only their new events to the code that is still suspended at its awaits, which makes an episode cost proportional
/// to what it adds instead of to the history's length. Used by one episode at a time.
/// </summary>
/// <param name="orchestrator">The orchestration code.</param>
internal sealed class OrchestrationSession(IOrchestrator orchestrator)
{
    private readonly DeterministicTaskScheduler _scheduler = new();
    private ReplayOrchestrationContext? _context;
    private Task<string?>? _run;

    /// <summary>Gets the execution the session runs, once started.</summary>
    public string? ExecutionId { get; private set; }

    /// <summary>Gets how many history events the session has applied and seen committed.</summary>
    public int CommittedEvents { get; private set; }

    /// <summary>Gets whether the session can take further episodes (it has not failed or finished).</summary>
    public bool IsReusable { get; private set; } = true;

    /// <summary>Runs an episode.</summary>
    /// <param name="past">The committed events the session has not applied yet (the whole history for a new session).</param>
    /// <param name="newEvents">The episode's events.</param>
    /// <returns>The episode's result.</returns>
    public EpisodeResult Run(IReadOnlyList<HistoryEvent> past, IReadOnlyList<HistoryEvent> newEvents)
    {
        var context = _context ??= Create(past.Concat(newEvents).OfType<ExecutionStarted>().FirstOrDefault()
            ?? throw new InvalidOperationException("An execution's history must contain its ExecutionStarted event."));
        var index = 0;
        try
        {
            foreach (var historyEvent in past.Concat(newEvents))
            {
                context.Replaying = index++ < past.Count;
                if (historyEvent is ExecutionStarted started)
                {
                    Start(context, started);
                }
                else
                {
                    OrchestrationExecutor.Apply(context, historyEvent);
                }

                _scheduler.Drain();
            }
        }
        catch (NonDeterminismException exception)
        {
            // Nothing the code asked for in this episode can be trusted: only the failure is recorded.
            IsReusable = false;
            var failed = new ExecutionCompletion(RuntimeStatus.Failed, null, FailureDetails.FromException(exception), []);
            return new EpisodeResult([new ExecutionCompleted(context.CurrentTime, RuntimeStatus.Failed, null, failed.Failure)], [], context.CustomStatus, failed);
        }

        if (_run is null)
        {
            throw new InvalidOperationException("An execution's history must contain its ExecutionStarted event.");
        }

        var result = OrchestrationExecutor.Finish(context, OrchestrationExecutor.Completion(context, _run));
        IsReusable &= result.Completion is null;
        CommittedEvents += past.Count;
        return result;
    }

    /// <summary>
    /// Records that the episode committed: its events are history now, and the actions it scheduled are no longer new
    /// (a fresh replay would match them against their history events).
    /// </summary>
    /// <param name="committedEvents">How many events the episode appended to the history.</param>
    public void Committed(int committedEvents)
    {
        CommittedEvents += committedEvents;
        _context?.AcceptNewActions();
    }

    private ReplayOrchestrationContext Create(ExecutionStarted started)
    {
        ExecutionId = started.ExecutionId;
        return new ReplayOrchestrationContext(started);
    }

    private void Start(ReplayOrchestrationContext context, ExecutionStarted started)
    {
        if (_run is not null)
        {
            throw new InvalidOperationException("An execution's history has a second ExecutionStarted event.");
        }

        context.CurrentTime = started.Timestamp;
        _run = Task.Factory.StartNew(() => orchestrator.RunAsync(context, started.Input), CancellationToken.None, TaskCreationOptions.None, _scheduler).Unwrap();
    }
}
