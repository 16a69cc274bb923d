using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Orchestration;

/// <summary>An orchestration, resolved by name; its code must be deterministic (see <see cref="OrchestrationContext"/>).</summary>
public interface IOrchestrator
{
    /// <summary>Runs the orchestration over serialized input and returns its serialized output.</summary>
    /// <param name="context">The context.</param>
    /// <param name="input">The serialized input.</param>
    /// <returns>The serialized output.</returns>
    Task<string?> RunAsync(OrchestrationContext context, string? input);
}

/// <summary>The base class of typed orchestrations.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public abstract class Orchestrator<TInput, TOutput> : IOrchestrator
{
    /// <summary>Runs the orchestration.</summary>
    /// <param name="context">The context.</param>
    /// <param name="input">The input.</param>
    /// <returns>The output.</returns>
    public abstract Task<TOutput> RunAsync(OrchestrationContext context, TInput input);

    async Task<string?> IOrchestrator.RunAsync(OrchestrationContext context, string? input) =>
        DataConverter.Serialize(await RunAsync(context, DataConverter.Deserialize<TInput>(input)!));
}
