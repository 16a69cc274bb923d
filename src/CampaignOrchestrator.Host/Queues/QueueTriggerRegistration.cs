using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>A queue trigger as registered by <c>AddQueueTrigger</c>: the handler, and how to find its queue's name at start-up.</summary>
/// <param name="HandlerType">The handler.</param>
/// <param name="ResolveQueueName">Gives the queue's name once the container is built (e.g. from options).</param>
/// <param name="Source">Where the name comes from (a configuration key, or the handler), for error messages.</param>
internal sealed record QueueTriggerRegistration(Type HandlerType, Func<IServiceProvider, string?> ResolveQueueName, string Source)
{
    /// <summary>Resolves the queue's name and checks it, and that its poison queue's name is valid too.</summary>
    /// <param name="services">The built container.</param>
    /// <param name="queueName">The name, when usable.</param>
    /// <param name="error">Why the name cannot be used, naming <see cref="Source"/>.</param>
    /// <returns><see langword="true"/> when the name is usable.</returns>
    public bool TryResolve(IServiceProvider services, out string queueName, out string? error)
    {
        var name = ResolveQueueName(services);
        queueName = name ?? string.Empty;
        if (!AppQueueName.IsValid(name))
        {
            error = $"{Source}: '{name}' is not a valid queue name. {AppQueueName.Rule}";
            return false;
        }

        var poison = name + AppQueueName.PoisonSuffix;
        error = poison.Length > AppQueueName.MaxLength
            ? $"{Source}: queue '{name}' has no valid poison queue: '{poison}' is longer than {AppQueueName.MaxLength} characters. Use a name of at most {AppQueueName.MaxLength - AppQueueName.PoisonSuffix.Length} characters."
            : null;
        return error is null;
    }
}
