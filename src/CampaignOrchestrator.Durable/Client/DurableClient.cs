using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Worker;

namespace CampaignOrchestrator.Durable.Client;

/// <summary>
/// Starts, inspects and controls orchestration instances. Every request becomes a message to the instance, applied by
/// the worker in the instance's next episode, so control requests are as durable and ordered as the work itself.
/// </summary>
public partial class DurableClient
{
    private readonly IOrchestrationStore _store;
    private readonly DurableRegistry? _registry;
    private readonly TimeProvider _timeProvider;
    private readonly EngineSignals? _signals;

    /// <summary>Creates a client.</summary>
    /// <param name="store">The backend.</param>
    /// <param name="registry">When given, starting an orchestrator name that is not registered is refused at once.</param>
    /// <param name="timeProvider">The clock.</param>
    public DurableClient(IOrchestrationStore store, DurableRegistry? registry, TimeProvider timeProvider)
        : this(store, registry, timeProvider, null)
    {
    }

    internal DurableClient(IOrchestrationStore store, DurableRegistry? registry, TimeProvider timeProvider, EngineSignals? signals)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _registry = registry;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _signals = signals;
    }

    /// <summary>Creates a client for mocking.</summary>
    protected DurableClient()
    {
        _store = null!;
        _timeProvider = TimeProvider.System;
    }

    /// <summary>
    /// Starts an orchestration. Starting an instance id whose instance is not finished returns that instance's id and
    /// starts nothing; a finished instance with the id is replaced.
    /// </summary>
    /// <param name="orchestratorName">The registered orchestrator name.</param>
    /// <param name="input">The input (serialized to JSON).</param>
    /// <param name="options">The instance id and start time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance id.</returns>
    /// <exception cref="ArgumentException">The name is not registered, or the instance id is not valid.</exception>
    public virtual async Task<string> StartAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ThrowIfNotRegistered(orchestratorName);
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        await CreateAsync(new NewInstance(instanceId, orchestratorName, DataConverter.Serialize(input), options?.StartAt), cancellationToken);
        return instanceId;
    }

    /// <summary>
    /// Starts an orchestration unless an instance with the id exists, running or finished: the check and the creation are
    /// one step in the store, so of several callers starting one id at once, exactly one starts it, and an id whose
    /// instance has finished is never started again. Suits ids derived from something that must run once (a queue
    /// message, a schedule occurrence).
    /// </summary>
    /// <param name="orchestratorName">The registered orchestrator name.</param>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="input">The input (serialized to JSON).</param>
    /// <param name="startAt">When to start; now when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when this call created the instance.</returns>
    /// <exception cref="ArgumentException">The name is not registered, or the instance id is not valid.</exception>
    public virtual Task<bool> StartIfAbsentAsync(
        string orchestratorName, string instanceId, object? input = null, DateTimeOffset? startAt = null, CancellationToken cancellationToken = default)
    {
        ThrowIfNotRegistered(orchestratorName);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return CreateAsync(new NewInstance(instanceId, orchestratorName, DataConverter.Serialize(input), startAt, OnlyIfAbsent: true), cancellationToken);
    }

    /// <summary>Reads an instance's state.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="includeHistory">Whether to include the current execution's history.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state, or <see langword="null"/> when no instance has the id.</returns>
    public virtual Task<InstanceState?> GetAsync(string instanceId, bool includeHistory = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return _store.GetInstanceAsync(instanceId, includeHistory, cancellationToken);
    }

    /// <summary>
    /// Reads an instance's state without its input or history (null there): cheap to poll however large the input is.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state, or <see langword="null"/> when no instance has the id.</returns>
    public virtual Task<InstanceState?> GetStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return _store.GetInstanceStatusAsync(instanceId, cancellationToken);
    }

    /// <summary>Lists instances, one page at a time.</summary>
    /// <param name="query">The filter, page size and continuation token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public virtual Task<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _store.QueryInstancesAsync(query, cancellationToken);
    }

    /// <summary>Lists every instance matching a filter, following continuation tokens.</summary>
    /// <param name="query">The filter and page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The instances.</returns>
    public virtual async IAsyncEnumerable<InstanceState> QueryAllAsync(InstanceQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = query;
        while (true)
        {
            var result = await _store.QueryInstancesAsync(page, cancellationToken);
            foreach (var instance in result.Instances)
            {
                yield return instance;
            }

            if (result.ContinuationToken is null)
            {
                yield break;
            }

            page = page with { ContinuationToken = result.ContinuationToken };
        }
    }

    /// <summary>Purges a finished instance: its state and history are deleted.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a finished instance was deleted.</returns>
    public virtual async Task<bool> PurgeAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return await _store.PurgeAsync(new PurgeFilter(InstanceId: instanceId), cancellationToken) > 0;
    }

    /// <summary>Purges the finished instances matching a filter.</summary>
    /// <param name="filter">The created-time range and statuses.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many instances were deleted.</returns>
    public virtual Task<int> PurgeAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return _store.PurgeAsync(filter, cancellationToken);
    }

    private void ThrowIfNotRegistered(string orchestratorName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        if (_registry is not null && !_registry.HasOrchestrator(orchestratorName))
        {
            throw new ArgumentException($"No orchestrator named '{orchestratorName}' is registered.", nameof(orchestratorName));
        }
    }

    private async Task<bool> CreateAsync(NewInstance start, CancellationToken cancellationToken)
    {
        var created = await _store.CreateInstanceAsync(start, cancellationToken);
        if (start.ScheduledStart is { } startAt && startAt > _timeProvider.GetUtcNow())
        {
            _signals?.TimerWakeups.Schedule(startAt);
        }
        else
        {
            _signals?.OrchestrationWork.Notify();
        }

        return created;
    }
}
