using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>
/// The worker: one dispatch loop for orchestration episodes and one for activity executions, each with its own
/// concurrency limit. Stopping stops taking work, lets running work finish within
/// <see cref="DurableWorkerOptions.ShutdownTimeout"/>, then cancels what is left, which releases it for redelivery.
/// </summary>
public sealed class DurableWorker : IHostedService, IDisposable
{
    private readonly DurableWorkerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly WorkDispatcher<OrchestrationWorkItem> _orchestrations;
    private readonly WorkDispatcher<ActivityWorkItem> _activities;
    private readonly BacklogSampler _backlog;
    private readonly CancellationTokenSource _stopTaking = new();
    private readonly CancellationTokenSource _abandonRunning = new();
    private Task? _running;
    private bool _disposed;

    /// <summary>Creates the worker.</summary>
    /// <param name="store">The backend.</param>
    /// <param name="registry">The registered orchestrators and activities.</param>
    /// <param name="services">Resolves orchestrators and activities.</param>
    /// <param name="options">The worker options; validated here.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public DurableWorker(
        IOrchestrationStore store,
        DurableRegistry registry,
        IServiceProvider services,
        IOptions<DurableWorkerOptions> options,
        TimeProvider timeProvider,
        ILogger<DurableWorker> logger)
        : this(store, registry, services, options, timeProvider, logger, null)
    {
    }

    internal DurableWorker(
        IOrchestrationStore store,
        DurableRegistry registry,
        IServiceProvider services,
        IOptions<DurableWorkerOptions> options,
        TimeProvider timeProvider,
        ILogger<DurableWorker> logger,
        EngineSignals? signals)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _options.Validate();
        _timeProvider = timeProvider;
        _logger = logger;
        signals ??= (EngineSignals?)services.GetService(typeof(EngineSignals)) ?? new EngineSignals(timeProvider);
        var episodes = new EpisodeProcessor(store, registry, services, signals, _options, timeProvider, logger);
        var activities = new ActivityProcessor(store, registry, services, signals, _options, timeProvider, logger);
        _orchestrations = new WorkDispatcher<OrchestrationWorkItem>(
            "orchestration",
            _options.MaxConcurrentOrchestrations,
            async (_, token) => await store.LockNextOrchestrationAsync(_options.LockDuration, token) is { } item ? [item] : [],
            episodes.ProcessAsync,
            signals.OrchestrationWork,
            _options.MaxPollingInterval,
            timeProvider,
            logger,
            _abandonRunning.Token);
        _activities = new WorkDispatcher<ActivityWorkItem>(
            "activity",
            _options.MaxConcurrentActivities,
            (count, token) => store.LockNextActivitiesAsync(count, _options.LockDuration, token),
            activities.ProcessAsync,
            signals.ActivityWork,
            _options.MaxPollingInterval,
            timeProvider,
            logger,
            _abandonRunning.Token);
        episodes.LocalActivities = _activities;
        _backlog = new BacklogSampler(store, TimeSpan.FromSeconds(15), timeProvider, logger);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Logs.WorkerStarted(_logger, _options.MaxConcurrentOrchestrations, _options.MaxConcurrentActivities);
        _running = Task.WhenAll(
            Task.Run(() => _orchestrations.RunAsync(_stopTaking.Token), CancellationToken.None),
            Task.Run(() => _activities.RunAsync(_stopTaking.Token), CancellationToken.None),
            Task.Run(() => _backlog.RunAsync(_stopTaking.Token), CancellationToken.None));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A container may dispose the worker before a host asks it to stop; there is nothing left to stop then.
        if (_running is null || Volatile.Read(ref _disposed))
        {
            return;
        }

        Logs.WorkerStopping(_logger, _options.ShutdownTimeout);
        try
        {
            await StopLoopsAsync(_running, cancellationToken);
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed))
        {
            // The container disposed the worker while it was stopping (a host that stops itself and is disposed at the
            // same time): disposing has cancelled the loops already, so there is nothing left to stop.
        }
    }

    private async Task StopLoopsAsync(Task running, CancellationToken cancellationToken)
    {
        // The grace period starts now, before anything awaits, so a clock that moves on right after this call counts.
        using var graceOver = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var grace = Task.Delay(_options.ShutdownTimeout, _timeProvider, graceOver.Token);
        await _stopTaking.CancelAsync();
        if (await Task.WhenAny(running, grace) != running)
        {
            Logs.ShutdownTimedOut(_logger, _options.ShutdownTimeout);
            await _abandonRunning.CancelAsync();
        }

        await graceOver.CancelAsync();
        await running;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, true))
        {
            return;
        }

#pragma warning disable CA1849 // Dispose is synchronous; the loops see the cancellation and end on their own.
        _stopTaking.Cancel();
        _abandonRunning.Cancel();
#pragma warning restore CA1849
        _orchestrations.Dispose();
        _activities.Dispose();
        _stopTaking.Dispose();
        _abandonRunning.Dispose();
    }
}
