using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// Runs one activity execution in its own DI scope, keeps its lock alive while it runs, and records its result. An
/// exception becomes a <see cref="TaskFailed"/> result for the orchestration to handle; an execution delivered more
/// often than allowed (it kept crashing its worker) is dead-lettered and reported to the orchestration as failed.
/// </summary>
internal sealed partial class ActivityProcessor(
    IOrchestrationStore store,
    DurableRegistry registry,
    IServiceProvider services,
    EngineSignals signals,
    DurableWorkerOptions options,
    TimeProvider timeProvider,
    ILogger logger)
{
    /// <summary>Processes a locked activity execution.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="cancellationToken">Cancelled when shutdown stops waiting; the activity sees it and its work item is released.</param>
    /// <returns>A task that completes when the result is recorded or the item released.</returns>
    public async Task ProcessAsync(ActivityWorkItem item, CancellationToken cancellationToken)
    {
        var request = item.Request;
        using var span = DurableTelemetry.Source.StartActivity($"activity {request.Name}");
        span?.SetTag("durable.instance_id", request.InstanceId);
        span?.SetTag("durable.task_id", request.TaskId);
        var startedAt = timeProvider.GetTimestamp();
        DurableTelemetry.ActivitiesInFlight(1);
        try
        {
            string? deadLetterReason = null;
            HistoryEvent result;
            if (item.DeliveryCount > options.MaxDeliveryCount)
            {
                deadLetterReason = $"Activity '{request.Name}' was delivered {item.DeliveryCount - 1} times without a recorded result (limit {options.MaxDeliveryCount}); each attempt ended its worker or outlived its lock.";
                result = new TaskFailed(timeProvider.GetUtcNow(), request.TaskId, new FailureDetails("PoisonMessage", deadLetterReason));
                Logs.ActivityDeadLettered(logger, request.Name, request.InstanceId, request.TaskId, deadLetterReason);
                DurableTelemetry.DeadLetters.Add(1);
            }
            else
            {
                using var lockLost = new CancellationTokenSource();
                if (await RunAsync(item, lockLost, cancellationToken) is { } outcome)
                {
                    result = outcome;
                }
                else if (lockLost.IsCancellationRequested)
                {
                    Logs.ActivityLockLost(logger, request.Name, request.InstanceId, request.TaskId);
                    return;
                }
                else
                {
                    Logs.ActivityReleasedAtShutdown(logger, request.Name, request.InstanceId, request.TaskId);
                    await store.AbandonActivityAsync(item, TimeSpan.Zero, CancellationToken.None);
                    return;
                }
            }

            var outcomeName = result is TaskCompleted ? "completed" : "failed";
            span?.SetTag("durable.outcome", outcomeName);
            DurableTelemetry.ActivityExecutions.Add(1, new("durable.activity", request.Name), new("durable.outcome", outcomeName));
            await RecordAsync(item, result, deadLetterReason);
        }
        finally
        {
            DurableTelemetry.ActivitiesInFlight(-1);
            DurableTelemetry.ActivityDuration.Record(timeProvider.GetElapsedTime(startedAt).TotalMilliseconds, new KeyValuePair<string, object?>("durable.activity", request.Name));
        }
    }

    // Returns the result event, or null when shutdown or a lost lock cancelled the execution. A lost lock cancels it
    // because another worker may now run the same activity: two executions must not race to the same vendor call.
    private async Task<HistoryEvent?> RunAsync(ActivityWorkItem item, CancellationTokenSource lockLost, CancellationToken cancellationToken)
    {
        var request = item.Request;
        using var execution = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lockLost.Token);
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = KeepLockAsync(item.LockToken, lockLost, renewal.Token);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var activity = registry.CreateActivity(scope.ServiceProvider, request.Name);
            if (activity is null)
            {
                return Failed(request, new FailureDetails("ActivityNotFound", $"No activity named '{request.Name}' is registered with this worker."));
            }

            var context = new Activities.ActivityContext(request.Name, request.InstanceId, request.TaskId, item.DeliveryCount, request.ExecutionId);
            var output = await activity.RunAsync(context, request.Input, execution.Token);
            return new TaskCompleted(timeProvider.GetUtcNow(), request.TaskId, output);
        }
        catch (OperationCanceledException) when (execution.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception)
        {
            return Failed(request, FailureDetails.FromException(exception));
        }
        finally
        {
#pragma warning disable CA1849 // The renewal loop only awaits a delay; cancelling it synchronously is immediate.
            renewal.Cancel();
#pragma warning restore CA1849
            await renewing;
        }
    }

    private TaskFailed Failed(ActivityRequest request, FailureDetails failure)
    {
        Logs.ActivityFailed(logger, request.Name, request.InstanceId, request.TaskId, failure);
        return new TaskFailed(timeProvider.GetUtcNow(), request.TaskId, failure);
    }

    private async Task RecordAsync(ActivityWorkItem item, HistoryEvent result, string? deadLetterReason)
    {
        var request = item.Request;
        try
        {
            await store.CompleteActivityAsync(item, result, deadLetterReason, CancellationToken.None);
            signals.OrchestrationWork.Notify();
        }
        catch (LockLostException)
        {
            Logs.ActivityLockLost(logger, request.Name, request.InstanceId, request.TaskId);
        }
        catch (Exception exception)
        {
            // The lock expires and the execution is redelivered; an idempotent activity makes that harmless.
            Logs.ActivityResultNotRecorded(logger, exception, request.Name, request.InstanceId, request.TaskId);
        }
    }

    private async Task KeepLockAsync(string lockToken, CancellationTokenSource lockLost, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.LockDuration / 2, timeProvider, cancellationToken);
                if (!await store.RenewLockAsync(lockToken, options.LockDuration, cancellationToken))
                {
                    await lockLost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The execution finished.
        }
    }
}
