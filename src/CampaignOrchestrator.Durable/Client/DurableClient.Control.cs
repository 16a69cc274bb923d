using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.Client;

/// <summary>Events and control requests.</summary>
public partial class DurableClient
{
    /// <summary>Sends an external event; an instance that is not waiting for it yet buffers it.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="payload">The payload (serialized to JSON).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the event is durable.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    /// <exception cref="InstanceStateException">The instance has finished.</exception>
    public virtual async Task RaiseEventAsync(string instanceId, string eventName, object? payload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        await ThrowIfFinishedAsync(instanceId, $"raise event '{eventName}' to", cancellationToken);
        await SendAsync(instanceId, new EventRaised(_timeProvider.GetUtcNow(), eventName, DataConverter.Serialize(payload)), cancellationToken);
    }

    /// <summary>Terminates an instance; its running sub-orchestrations are terminated too.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="reason">Why (recorded as the output).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is durable.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    /// <exception cref="InstanceStateException">The instance has finished.</exception>
    public virtual async Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await ThrowIfFinishedAsync(instanceId, "terminate", cancellationToken);
        await SendAsync(instanceId, new ExecutionTerminated(_timeProvider.GetUtcNow(), reason), cancellationToken);
    }

    /// <summary>Suspends an instance: it keeps receiving messages but processes none until resumed.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is durable.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    /// <exception cref="InstanceStateException">The instance has finished.</exception>
    public virtual async Task SuspendAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await ThrowIfFinishedAsync(instanceId, "suspend", cancellationToken);
        await SendAsync(instanceId, new ExecutionSuspended(_timeProvider.GetUtcNow(), reason), cancellationToken);
    }

    /// <summary>Resumes a suspended instance.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is durable.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    /// <exception cref="InstanceStateException">The instance has finished.</exception>
    public virtual async Task ResumeAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        await ThrowIfFinishedAsync(instanceId, "resume", cancellationToken);
        await SendAsync(instanceId, new ExecutionResumed(_timeProvider.GetUtcNow(), reason), cancellationToken);
    }

    /// <summary>Starts a finished instance again with its original name and input.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="restartWithNewInstanceId">Whether the new run gets a new id (any status) or reuses this one (finished instances only).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the new run.</returns>
    /// <exception cref="InstanceNotFoundException">No instance has the id.</exception>
    /// <exception cref="InstanceStateException">The id is reused but the instance has not finished.</exception>
    public virtual async Task<string> RestartAsync(string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellationToken = default)
    {
        var state = await GetAsync(instanceId, cancellationToken: cancellationToken) ?? throw new InstanceNotFoundException(instanceId);
        if (!restartWithNewInstanceId && !state.Status.IsFinished())
        {
            throw new InstanceStateException(instanceId, state.Status, $"Instance '{instanceId}' is {state.Status}; only a finished instance can be restarted under the same id.");
        }

        var newId = restartWithNewInstanceId ? Guid.NewGuid().ToString("N") : instanceId;
        await _store.CreateInstanceAsync(new NewInstance(newId, state.Name, state.Input), cancellationToken);
        _signals?.OrchestrationWork.Notify();
        return newId;
    }

    private async Task ThrowIfFinishedAsync(string instanceId, string operation, CancellationToken cancellationToken)
    {
        var state = await GetAsync(instanceId, cancellationToken: cancellationToken) ?? throw new InstanceNotFoundException(instanceId);
        if (state.Status.IsFinished())
        {
            throw new InstanceStateException(instanceId, state.Status, $"Cannot {operation} instance '{instanceId}': it has finished ({state.Status}).");
        }
    }

    private async Task SendAsync(string instanceId, HistoryEvent message, CancellationToken cancellationToken)
    {
        await _store.SendAsync(new InstanceMessage(instanceId, message), cancellationToken);
        _signals?.OrchestrationWork.Notify();
    }
}
