using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Orchestrations;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Checkpoints, in the Durable Task order: outbound messages, history, instance row, consumed messages.</summary>
public sealed partial class AzureOrchestrationStore
{
    // How many queue calls one checkpoint makes at once.
    private const int MaxParallelCalls = 16;

    private readonly HistoryCache _historyCache = new(MaxCachedHistories);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ActivityWorkItem>> CommitOrchestrationAsync(OrchestrationWorkItem item, EpisodeCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.NewHistory);
        ArgumentNullException.ThrowIfNull(commit.Outbound);
        var (state, consumed) = BeginCommit(item);
        try
        {
            await CommitCoreAsync(item, commit, state, consumed, cancellationToken);
        }
        finally
        {
            EndCommit(item);
        }

        return [];
    }

    private async Task CommitCoreAsync(OrchestrationWorkItem item, EpisodeCommit commit, LockedState state, IReadOnlyList<ReceivedMessage> consumed, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();

        // 1. Outbound messages first: if the checkpoint fails after this, they are duplicates the receivers drop.
        var restarted = commit.ContinuedAs;
        if (restarted is not null)
        {
            await SendCoreAsync(new InstanceMessage(item.InstanceId, restarted, now, restarted.ExecutionId), cancellationToken);
        }

        await SendOutboundAsync(commit.Outbound, cancellationToken);

        // 2. History under the sentinel's ETag: a conflict means another worker owns the instance now.
        var appended = restarted is null ? commit.NewHistory : [];
        var sentinel = await _history.AppendAsync(item.InstanceId, state.Sentinel, appended, restarted?.ExecutionId, cancellationToken);
        _historyCache.Appended(item.InstanceId, state.Sentinel, sentinel, appended);

        // 3. The instance row under its ETag, so a stale worker never overwrites a newer (say, finished) status.
        var row = state.Row;
        row.Status = commit.Status;
        row.CustomStatus = await _payloads.StorePropertyAsync(item.InstanceId, "status", commit.CustomStatus, cancellationToken);
        row.Output = await _payloads.StorePropertyAsync(item.InstanceId, "output", commit.Output, cancellationToken);
        row.Failure = commit.Failure is null ? null : JsonSerializer.Serialize(commit.Failure, DataConverter.Options);
        row.LastUpdatedAt = now;
        if (restarted is not null)
        {
            row.ExecutionId = restarted.ExecutionId;
            row.Input = await _payloads.StorePropertyAsync(item.InstanceId, "input", restarted.Input, cancellationToken);
        }

        try
        {
            await _instances.UpdateEntityAsync(row.ToEntity(), row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException error) when (error.IsPreconditionFailed() || error.IsNotFound())
        {
            throw new LockLostException($"Orchestration instance '{item.InstanceId}' changed since it was locked (its row's ETag differs); the episode's status was not written.", error);
        }

        // 4. The consumed messages, dead-lettered first when they are poison.
        if (commit.DeadLetterReason is { } reason)
        {
            foreach (var message in consumed)
            {
                await AddDeadLetterAsync(item.InstanceId, "orchestration", JsonSerializer.Serialize(message.Event, DataConverter.Options), reason, cancellationToken);
            }
        }

        await Parallel.ForEachAsync(
            consumed,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelCalls, CancellationToken = cancellationToken },
            async (message, token) => await _controlQueues[message.Partition].DeleteAsync(message.MessageId, ReceiptOf(message), token));
    }

    // Checks the lock and marks the session as committing, so it is not locked again while the checkpoint is written.
    private (LockedState State, IReadOnlyList<ReceivedMessage> Consumed) BeginCommit(OrchestrationWorkItem item)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_sessions.TryGetValue(item.InstanceId, out var session) && session.LockToken == item.LockToken && session.LockedUntil > now
                && !session.Committing && session.State is { } state && _partitions.Owns(PartitionOf(item.InstanceId)))
            {
                session.Committing = true;
                return (state, session.Locked);
            }
        }

        throw new LockLostException(
            $"The lock on orchestration instance '{item.InstanceId}' was lost (it lapsed, another worker took it, or this process lost the instance's partition); the episode was not committed.");
    }

    // Whether or not the checkpoint was written, the lock ends; written or not, its messages leave the session (deleted,
    // or, after a failed checkpoint, received again once their visibility lapses).
    private void EndCommit(OrchestrationWorkItem item)
    {
        lock (_gate)
        {
            if (_sessions.TryGetValue(item.InstanceId, out var session) && session.LockToken == item.LockToken)
            {
                session.Committing = false;
            }
        }

        Unlock(item, remove: true);
    }

    private async Task SendOutboundAsync(IReadOnlyList<OutboundMessage> outbound, CancellationToken cancellationToken)
    {
        // Activities in parallel (a fan-out may queue thousands); messages to instances in order, since order matters there.
        var activities = outbound.Select(message => message.Activity).OfType<ActivityRequest>().ToList();
        foreach (var activity in activities)
        {
            InstanceIdRules.ThrowIfInvalid(activity.InstanceId, nameof(outbound));
        }

        await Parallel.ForEachAsync(
            activities,
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelCalls, CancellationToken = cancellationToken },
            async (activity, token) => await SendActivityAsync(activity, token));
        foreach (var message in outbound)
        {
            if (message.ToInstance is { } toInstance)
            {
                InstanceIdRules.ThrowIfInvalid(toInstance.InstanceId, nameof(outbound));
                await SendCoreAsync(toInstance, cancellationToken);
            }

            if (message.NewChild is { } child)
            {
                ThrowIfInvalid(child, nameof(outbound));
                if (!await CreateInstanceCoreAsync(child, cancellationToken) && child.Parent is { } parent
                    && !(await ReadRowAsync(child.InstanceId, cancellationToken) is { } existing && IsCreatedBy(existing, parent)))
                {
                    var failure = new FailureDetails(typeof(InvalidOperationException).FullName!, $"An instance with id '{child.InstanceId}' is already running.");
                    var now = _time.GetUtcNow();
                    await SendCoreAsync(new InstanceMessage(parent.InstanceId, new SubOrchestrationFailed(now, parent.TaskId, failure), now, parent.ExecutionId), cancellationToken);
                }
            }
        }
    }

    private async Task AddDeadLetterAsync(string instanceId, string kind, string payload, string reason, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var entity = new TableEntity(instanceId, $"{now.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["Kind"] = kind,
            ["Reason"] = reason,
            ["DeadLetteredAt"] = now,
        };
        (await _payloads.StorePropertyAsync(instanceId, "deadletter", payload, cancellationToken)).WriteTo(entity, "Payload");
        await _deadLetters.AddEntityAsync(entity, cancellationToken);
    }
}
