using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.DependencyInjection;

/// <summary>Registers orchestrators and activities by name (see <c>AddDurableEngine</c>).</summary>
/// <param name="services">The services the registrations are added to.</param>
public sealed class DurableEngineBuilder(IServiceCollection services)
{
    private readonly Dictionary<string, Type> _orchestrators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _activities = new(StringComparer.Ordinal);

    /// <summary>Gets the services.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers an orchestrator under a name (its type name by default).</summary>
    /// <typeparam name="TOrchestrator">The orchestrator type.</typeparam>
    /// <param name="name">The name.</param>
    /// <returns>The builder.</returns>
    public DurableEngineBuilder AddOrchestrator<TOrchestrator>(string? name = null)
        where TOrchestrator : class, IOrchestrator
    {
        Add(_orchestrators, name ?? typeof(TOrchestrator).Name, typeof(TOrchestrator), "orchestrator");
        Services.AddTransient<TOrchestrator>();
        return this;
    }

    /// <summary>Registers an activity under a name (its type name by default); it is resolved from the container for each execution.</summary>
    /// <typeparam name="TActivity">The activity type.</typeparam>
    /// <param name="name">The name.</param>
    /// <returns>The builder.</returns>
    public DurableEngineBuilder AddActivity<TActivity>(string? name = null)
        where TActivity : class, IActivity
    {
        Add(_activities, name ?? typeof(TActivity).Name, typeof(TActivity), "activity");
        Services.AddTransient<TActivity>();
        return this;
    }

    internal DurableRegistry Build() => new(_orchestrators, _activities);

    private static void Add(Dictionary<string, Type> registrations, string name, Type type, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!registrations.TryAdd(name, type))
        {
            throw new InvalidOperationException($"An {kind} named '{name}' is already registered ({registrations[name].FullName}).");
        }
    }
}
