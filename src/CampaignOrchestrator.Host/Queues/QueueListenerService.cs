using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// Runs a <see cref="QueueListener"/> per registered queue trigger. Starting checks every trigger's queue name (and its
/// poison queue's) and refuses to start on a bad one. Stopping stops receiving, lets the messages in progress finish
/// until the host's shutdown timeout, then cancels their handlers and releases those messages to reappear.
/// </summary>
/// <param name="registrations">The registered triggers.</param>
/// <param name="services">Resolves the store, queue names and handlers.</param>
/// <param name="options">The queue settings.</param>
/// <param name="wakeups">The in-process wake-up of each queue.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed class QueueListenerService(
    IEnumerable<QueueTriggerRegistration> registrations,
    IServiceProvider services,
    IOptions<QueueOptions> options,
    QueueWakeups wakeups,
    TimeProvider timeProvider,
    ILogger<QueueListener> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopTaking = new();
    private readonly CancellationTokenSource _abandon = new();
    private List<QueueListener> _listeners = [];
    private Task? _running;
    private bool _disposed;

    /// <summary>Gets the running listeners.</summary>
    public IReadOnlyList<QueueListener> Listeners => _listeners;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A trigger's queue name is invalid, or two triggers share a queue; the message names each.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var contexts = ResolveTriggers();
        if (contexts.Count == 0)
        {
            return Task.CompletedTask;
        }

        var store = services.GetRequiredService<IAppQueueStore>();
        _listeners = [.. contexts.Select(context => new QueueListener(
            context, store, new QueueMessageProcessor(context, store, services, timeProvider, logger), timeProvider, logger))];
        var settings = options.Value;
        _running = Task.WhenAll(_listeners.Select(listener =>
        {
            logger.ListenerStarted(listener.QueueName, settings.BatchSize, settings.EffectiveNewBatchThreshold, settings.MaxDequeueCount, settings.Encoding);
            return Task.Run(() => listener.RunAsync(_stopTaking.Token, _abandon.Token), CancellationToken.None);
        }));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_running is null || Volatile.Read(ref _disposed) || _stopTaking.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await StopListenersAsync(_running, cancellationToken);
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed))
        {
            // The container disposed the service while it was stopping (a host stopped and disposed at once):
            // disposing has cancelled the listeners already.
            return;
        }

        foreach (var listener in _listeners)
        {
            logger.ListenerStopped(listener.QueueName);
        }
    }

    private async Task StopListenersAsync(Task running, CancellationToken cancellationToken)
    {
        await _stopTaking.CancelAsync();
        try
        {
            await running.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.ShutdownTimedOut();
            await _abandon.CancelAsync();
            await running;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Registered both as itself and as a hosted service, so the container disposes it twice.
        if (Interlocked.Exchange(ref _disposed, true))
        {
            return;
        }

        // A container may dispose the service without stopping it (a failed start): the loops must end, not linger.
        foreach (var source in (CancellationTokenSource[])[_stopTaking, _abandon])
        {
#pragma warning disable CA1849 // Dispose is synchronous; the loops see the cancellation and end on their own.
            source.Cancel();
#pragma warning restore CA1849
            source.Dispose();
        }
    }

    private List<QueueTriggerContext> ResolveTriggers()
    {
        var settings = options.Value;
        var errors = new List<string>();
        var contexts = new List<QueueTriggerContext>();
        foreach (var registration in registrations)
        {
            if (!registration.TryResolve(services, out var queueName, out var error))
            {
                errors.Add(error!);
            }
            else if (contexts.FirstOrDefault(context => context.QueueName == queueName) is { } taken)
            {
                errors.Add($"{registration.Source}: queue '{queueName}' already has a trigger ({taken.HandlerType.Name}); a queue has one handler.");
            }
            else
            {
                contexts.Add(new QueueTriggerContext(queueName, registration.HandlerType, settings, wakeups.For(queueName)));
            }
        }

        return errors.Count == 0
            ? contexts
            : throw new InvalidOperationException($"Queue triggers cannot start: {string.Join(" ", errors)}");
    }
}
