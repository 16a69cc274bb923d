using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Replay;

/// <summary>A scheduled action the orchestration is awaiting.</summary>
/// <param name="name">The activity, orchestrator or "timer".</param>
internal abstract class PendingTask(string name)
{
    public string Name { get; } = name;

    public abstract void Complete(string? result);

    public abstract void Fail(Exception exception);
}

/// <summary>A typed pending task.</summary>
/// <typeparam name="T">The result type.</typeparam>
/// <param name="name">The activity, orchestrator or "timer".</param>
internal sealed class PendingTask<T>(string name) : PendingTask(name)
{
    private readonly TaskCompletionSource<T> _completion = new();

    public Task<T> Task => _completion.Task;

    public override void Complete(string? result) => _completion.TrySetResult(DataConverter.Deserialize<T>(result)!);

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    public void Cancel() => _completion.TrySetCanceled();
}
