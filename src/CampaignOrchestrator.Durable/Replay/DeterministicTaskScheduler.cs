namespace CampaignOrchestrator.Durable.Replay;

/// <summary>
/// Runs orchestration code on the caller's thread, one continuation at a time, only when drained: this is what makes
/// replay deterministic (no thread pool, no interleaving the history does not dictate).
/// </summary>
internal sealed class DeterministicTaskScheduler : TaskScheduler
{
    private readonly Queue<Task> _ready = new();

    public override int MaximumConcurrencyLevel => 1;

    public void Drain()
    {
        while (_ready.TryDequeue(out var task))
        {
            TryExecuteTask(task);
        }
    }

    protected override void QueueTask(Task task) => _ready.Enqueue(task);

    // Never inline: continuations run only when the executor drains, in the order they became ready.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => _ready.ToArray();
}
