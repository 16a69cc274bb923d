using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Activities;

/// <summary>An activity, resolved from the container for each execution. Activities run at least once: make side effects idempotent.</summary>
public interface IActivity
{
    /// <summary>Runs the activity over serialized input and returns its serialized result.</summary>
    /// <param name="context">The context.</param>
    /// <param name="input">The serialized input.</param>
    /// <param name="cancellationToken">Signals shutdown.</param>
    /// <returns>The serialized result.</returns>
    Task<string?> RunAsync(ActivityContext context, string? input, CancellationToken cancellationToken);
}

/// <summary>The base class of typed activities.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The result type.</typeparam>
public abstract class Activity<TInput, TOutput> : IActivity
{
    /// <summary>Runs the activity.</summary>
    /// <param name="context">The context.</param>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Signals shutdown.</param>
    /// <returns>The result.</returns>
    public abstract Task<TOutput> RunAsync(ActivityContext context, TInput input, CancellationToken cancellationToken);

    async Task<string?> IActivity.RunAsync(ActivityContext context, string? input, CancellationToken cancellationToken) =>
        DataConverter.Serialize(await RunAsync(context, DataConverter.Deserialize<TInput>(input)!, cancellationToken));
}

/// <summary>What an activity knows about its execution.</summary>
/// <param name="Name">The activity name.</param>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="TaskId">The task id in that instance's history: with <paramref name="InstanceId"/>, a stable idempotency key.</param>
/// <param name="Attempt">How many times this execution has been delivered (1 on the first delivery).</param>
/// <param name="ExecutionId">The scheduling execution: task ids start again at 0 after continue-as-new or a restart.</param>
public sealed record ActivityContext(string Name, string InstanceId, int TaskId, int Attempt, string? ExecutionId = null)
{
    /// <summary>
    /// Gets a key that is the same for every re-execution of this scheduled activity and differs from every other
    /// scheduled activity, in this execution or any other execution of the instance.
    /// </summary>
    public string IdempotencyKey => ExecutionId is null ? $"{InstanceId}:{TaskId}" : $"{InstanceId}:{ExecutionId}:{TaskId}";
}
