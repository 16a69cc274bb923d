using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.DependencyInjection;

/// <summary>The names the engine knows, and how to create each orchestrator and activity.</summary>
public sealed class DurableRegistry
{
    private readonly IReadOnlyDictionary<string, Type> _orchestrators;
    private readonly IReadOnlyDictionary<string, Type> _activities;

    internal DurableRegistry(IReadOnlyDictionary<string, Type> orchestrators, IReadOnlyDictionary<string, Type> activities)
    {
        _orchestrators = orchestrators;
        _activities = activities;
    }

    /// <summary>Gets the registered orchestrator names.</summary>
    public IEnumerable<string> OrchestratorNames => _orchestrators.Keys;

    /// <summary>Returns whether an orchestrator name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool HasOrchestrator(string name) => _orchestrators.ContainsKey(name);

    /// <summary>Creates an orchestrator.</summary>
    /// <param name="services">The container.</param>
    /// <param name="name">The name.</param>
    /// <returns>The orchestrator, or <see langword="null"/> when the name is unknown.</returns>
    public IOrchestrator? CreateOrchestrator(IServiceProvider services, string name) =>
        _orchestrators.TryGetValue(name, out var type) ? (IOrchestrator)services.GetRequiredService(type) : null;

    /// <summary>Creates an activity.</summary>
    /// <param name="services">The container (a scope per execution).</param>
    /// <param name="name">The name.</param>
    /// <returns>The activity, or <see langword="null"/> when the name is unknown.</returns>
    public IActivity? CreateActivity(IServiceProvider services, string name) =>
        _activities.TryGetValue(name, out var type) ? (IActivity)services.GetRequiredService(type) : null;
}
