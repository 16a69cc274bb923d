using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>Registers queue triggers (the listener with poison handling) and the queue sender.</summary>
internal static class QueueServiceCollectionExtensions
{
    /// <summary>
    /// Registers the queue settings (section <c>Queues</c>, host.json <c>extensions.queues</c>, validated at start-up),
    /// the <see cref="IQueueSender"/> and the hosted service that runs a listener per queue trigger. Safe to call more
    /// than once; <see cref="AddQueueTrigger{THandler}(IServiceCollection, string)"/> calls it.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddQueues(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(QueueWakeups)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<QueueOptions>().BindConfiguration(QueueOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<QueueOptions>, QueueOptionsValidator>();
        services.AddSingleton<QueueWakeups>();
        services.AddSingleton<IQueueSender, QueueSender>();
        services.AddSingleton<QueueListenerService>();
        services.AddHostedService(provider => provider.GetRequiredService<QueueListenerService>());
        return services;
    }

    /// <summary>Delivers the messages of a queue to <typeparamref name="THandler"/> (resolved in a new scope per message).</summary>
    /// <typeparam name="THandler">The handler; registered as scoped unless already registered.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="queueName">The queue; checked at start-up, with its poison queue's name.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddQueueTrigger<THandler>(this IServiceCollection services, string queueName)
        where THandler : class, IQueueMessageHandler =>
        services.AddQueueTrigger<THandler>(_ => queueName, $"The queue trigger of {typeof(THandler).Name}");

    /// <summary>
    /// Delivers the messages of a queue whose name is known only at start-up (e.g. from options) to
    /// <typeparamref name="THandler"/>, resolved in a new scope per message.
    /// </summary>
    /// <typeparam name="THandler">The handler; registered as scoped unless already registered.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="resolveQueueName">Gives the queue's name from the built container; checked at start-up, with its poison queue's name.</param>
    /// <param name="source">Where the name comes from, e.g. the configuration key <c>InboundResponses:QueueName</c>; start-up errors name it.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddQueueTrigger<THandler>(this IServiceCollection services, Func<IServiceProvider, string?> resolveQueueName, string source)
        where THandler : class, IQueueMessageHandler
    {
        ArgumentNullException.ThrowIfNull(resolveQueueName);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        services.AddQueues();
        services.TryAddScoped<THandler>();
        services.AddSingleton(new QueueTriggerRegistration(typeof(THandler), resolveQueueName, source));
        return services;
    }
}
