using System.Collections.Concurrent;
using System.Diagnostics;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Telemetry;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Runs one orchestration work item: decides the episode's commit, commits it, and tells the rest of the process.
/// An episode that cannot commit is released for redelivery with a growing delay; after too many deliveries its
/// messages are dead-lettered and the instance fails with the reason.
/// </summary>
internal sealed partial class EpisodeProcessor(
    IOrchestrationStore store,
    DurableRegistry registry,
    IServiceProvider services,
    EngineSignals signals,
    DurableWorkerOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    private readonly SessionCache _sessions = new(options.MaxCachedOrchestrations);

    /// <summary>Gets or sets the activity dispatcher that runs activities a commit locked for this worker.</summary>
    public WorkDispatcher<ActivityWorkItem>? LocalActivities { get; set; }

    // The last error of each instance whose episode could not commit, so a dead-letter names it.
    private readonly ConcurrentDictionary<string, string> _lastErrors = new(StringComparer.Ordinal);

    /// <summary>Processes a locked work item.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="cancellationToken">Cancelled when shutdown stops waiting.</param>
    /// <returns>A task that completes when the item is committed or released.</returns>
    public async Task ProcessAsync(OrchestrationWorkItem item, CancellationToken cancellationToken)
    {
        using var span = DurableTelemetry.Source.StartActivity("orchestration episode");
        span?.SetTag("durable.instance_id", item.InstanceId);
        var startedAt = timeProvider.GetTimestamp();
        DurableTelemetry.OrchestrationsInFlight(1);
        DurableTelemetry.MessagesPerEpisode.Record(item.Messages.Count);
        try
        {
            var (name, commit, cached) = Decide(item);
            span?.SetTag("durable.orchestrator", name);
            var prefetched = await CommitAsync(item, commit);
            _lastErrors.TryRemove(item.InstanceId, out _);
            if (cached is not null && commit.ContinuedAs is null && !commit.Status.IsFinished())
            {
                cached.Session.Committed(commit.NewHistory.Count);
                cached.Index.Add(commit.NewHistory);
                _sessions.Keep(item.InstanceId, cached);
            }

            Announce(item, name, commit, prefetched);
            span?.SetTag("durable.status", commit.Status.ToString());
            DurableTelemetry.Episodes.Add(1, new("durable.orchestrator", name), new("durable.status", commit.Status.ToString()));
        }
        catch (LockLostException)
        {
            Logs.EpisodeLockLost(logger, item.InstanceId);
            span?.SetStatus(ActivityStatusCode.Error, "lock lost");
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.Message);
            await ReleaseAsync(item, exception);
        }
        finally
        {
            DurableTelemetry.OrchestrationsInFlight(-1);
            DurableTelemetry.EpisodeDuration.Record(timeProvider.GetElapsedTime(startedAt).TotalMilliseconds);
        }
    }

    private async Task ReleaseAsync(OrchestrationWorkItem item, Exception exception)
    {
        _lastErrors[item.InstanceId] = $"{exception.GetType().FullName}: {exception.Message}";
        var delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(1).Ticks << Math.Min(item.DeliveryCount - 1, 10), MaxRetryDelay.Ticks));
        Logs.EpisodeAbandoned(logger, exception, item.InstanceId, item.DeliveryCount, delay);
        try
        {
            await store.AbandonOrchestrationAsync(item, delay, CancellationToken.None);
            signals.TimerWakeups.Schedule(timeProvider.GetUtcNow() + delay);
        }
        catch (Exception releaseFailure)
        {
            // The lock expires on its own; the messages come back then.
            Logs.EpisodeAbandoned(logger, releaseFailure, item.InstanceId, item.DeliveryCount, options.LockDuration);
        }
    }

    // Asks the store to lock the commit's activities for this worker while it has free activity slots, and runs them.
    private async Task<int> CommitAsync(OrchestrationWorkItem item, EpisodeCommit commit)
    {
        var activities = commit.Outbound.Count(o => o.Activity is not null);
        var local = LocalActivities;
        var reserved = activities > 0 && local is not null ? local.TryReserve(activities) : 0;
        if (reserved > 0)
        {
            commit = commit with { Prefetch = new ActivityPrefetch(reserved, options.LockDuration) };
        }

        IReadOnlyList<ActivityWorkItem> prefetched;
        try
        {
            prefetched = await store.CommitOrchestrationAsync(item, commit, CancellationToken.None);
        }
        catch
        {
            local?.Release(reserved);
            throw;
        }

        local?.Release(reserved - prefetched.Count);
        foreach (var activity in prefetched)
        {
            if (!local!.RunReserved(activity))
            {
                // The worker is stopping: hand the activity back at once rather than let its lock lapse.
                await store.AbandonActivityAsync(activity, TimeSpan.Zero, CancellationToken.None);
            }
        }

        return prefetched.Count;
    }

    private void Announce(OrchestrationWorkItem item, string name, EpisodeCommit commit, int prefetched)
    {
        var now = timeProvider.GetUtcNow();
        if (commit.Outbound.Count(o => o.Activity is not null) > prefetched)
        {
            signals.ActivityWork.Notify();
        }

        foreach (var message in commit.Outbound)
        {
            if (message.Activity is not null)
            {
                continue;
            }

            if (message.ToInstance?.VisibleAt is { } visibleAt && visibleAt > now)
            {
                signals.TimerWakeups.Schedule(visibleAt);
            }
            else
            {
                signals.OrchestrationWork.Notify();
            }
        }

        // Messages that reached the instance while this episode held its lock (an activity finishing meanwhile) were
        // skipped by every fetch in between, and nothing else will announce them: look again now rather than at the
        // next idle poll, which can be a second away (or never, on a clock that stands still).
        signals.OrchestrationWork.Notify();

        if (commit.DeadLetterReason is { } reason)
        {
            DurableTelemetry.DeadLetters.Add(item.Messages.Count);
            Logs.EpisodeDeadLettered(logger, item.InstanceId, reason);
        }
        else if (commit.Failure is { } failure)
        {
            Logs.InstanceFailed(logger, item.InstanceId, name, failure);
        }
        else if (commit.Status is RuntimeStatus.Completed or RuntimeStatus.Terminated)
        {
            Logs.InstanceFinished(logger, item.InstanceId, name, commit.Status);
        }
        else
        {
            Logs.EpisodeCommitted(logger, item.InstanceId, name, item.Messages.Count, commit.Status);
        }

        signals.NotifyInstancesChanged();
    }
}
