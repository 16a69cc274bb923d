namespace CampaignOrchestrator.Durable.Replay;

/// <summary>Durable timers.</summary>
internal sealed partial class ReplayOrchestrationContext
{
    public override Task CreateTimer(DateTimeOffset fireAt, CancellationToken cancellationToken = default)
    {
        var action = new CreateTimerAction(_nextTaskId++, fireAt);
        _unmatched.Add(action.TaskId, action);
        var pending = new PendingTask<object?>("timer");
        _open.Add(action.TaskId, pending);
        if (cancellationToken.CanBeCanceled)
        {
            // A cancelled timer stays in the history; when it fires later the result is simply ignored.
            var registration = cancellationToken.Register(() =>
            {
                _open.Remove(action.TaskId);
                pending.Cancel();
            });

            // Once the timer has fired (or been cancelled) its registration is not needed: release it, so a long-lived
            // token does not accumulate one per timer.
            pending.Task.ContinueWith(
                static (_, state) => ((CancellationTokenRegistration)state!).Dispose(),
                registration,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return pending.Task;
    }
}
