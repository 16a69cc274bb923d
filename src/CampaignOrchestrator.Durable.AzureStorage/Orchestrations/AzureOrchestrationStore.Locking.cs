using System.Text.Json;
using CampaignOrchestrator.Durable.AzureStorage.Orchestrations;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Locking instances: the messages of the partitions this process owns are received into per-instance sessions; a lock
/// takes one session's deliverable messages with the instance's history. Only the partition's owner reads its control
/// queue, so an instance's episodes never run in two processes at once; the sentinel's ETag catches a lease lost mid-episode.
/// </summary>
public sealed partial class AzureOrchestrationStore
{
    private const int MessagesPerReceive = 32;
    private const int ReceivesPerFetch = 8;
    private const int MaxCachedHistories = 1_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, InstanceSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lockedInstances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _receipts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetching = new(1, 1);

    /// <inheritdoc/>
    public async Task<OrchestrationWorkItem?> LockNextOrchestrationAsync(TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);
        await EnsureStartedAsync(cancellationToken);
        for (var round = 0; round < 2; round++)
        {
            foreach (var instanceId in ReadyInstances())
            {
                if (await TryLockAsync(instanceId, lockFor, cancellationToken) is { } item)
                {
                    return item;
                }
            }

            if (round == 0)
            {
                await FetchAsync(lockFor, cancellationToken);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public async Task AbandonOrchestrationAsync(OrchestrationWorkItem item, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        var locked = Unlock(item, remove: true);
        foreach (var message in locked)
        {
            // Hidden again for the delay; the next receive counts one more delivery.
            await _controlQueues[message.Partition].UpdateAsync(message.MessageId, ReceiptOf(message), retryAfter, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public async Task<bool> RenewLockAsync(string lockToken, TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(lockToken);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);
        if (ActivityLocks.IsActivityToken(lockToken))
        {
            return await RenewActivityAsync(lockToken, lockFor, cancellationToken);
        }

        IReadOnlyList<ReceivedMessage> locked;
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_lockedInstances.TryGetValue(lockToken, out var instanceId) || !_sessions.TryGetValue(instanceId, out var session)
                || session.LockToken != lockToken || session.LockedUntil <= now || !_partitions.Owns(PartitionOf(instanceId)))
            {
                return false;
            }

            session.LockedUntil = now + lockFor;
            locked = session.Locked;
        }

        foreach (var message in locked)
        {
            if (await _controlQueues[message.Partition].UpdateAsync(message.MessageId, ReceiptOf(message), lockFor, cancellationToken) is { } receipt)
            {
                SetReceipt(message.MessageId, receipt);
            }
        }

        return true;
    }

    private IReadOnlyList<string> ReadyInstances()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            foreach (var (instanceId, session) in _sessions.Where(pair => !_partitions.Owns(PartitionOf(pair.Key))).ToList())
            {
                // The partition moved to another process, which receives these messages once they are visible again.
                if (session.LockToken is null)
                {
                    _sessions.Remove(instanceId);
                    foreach (var message in session.Messages)
                    {
                        _receipts.Remove(message.MessageId);
                    }
                }
            }

            return [.. _sessions.Where(pair => pair.Value.Messages.Count > 0 && !pair.Value.Committing && (pair.Value.LockToken is null || pair.Value.LockedUntil <= now)).Select(pair => pair.Key)];
        }
    }

    private async Task FetchAsync(TimeSpan lockFor, CancellationToken cancellationToken)
    {
        if (!await _fetching.WaitAsync(0, cancellationToken))
        {
            return;
        }

        try
        {
            await Task.WhenAll(_partitions.Owned.Select(partition => FetchPartitionAsync(partition, lockFor, cancellationToken)));
        }
        finally
        {
            _fetching.Release();
        }
    }

    private async Task FetchPartitionAsync(int partition, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var queue = _controlQueues[partition];
        for (var receive = 0; receive < ReceivesPerFetch; receive++)
        {
            // A deep queue (a fan-in's results) is taken in several receives, so one episode applies many messages.
            var messages = await queue.ReceiveAsync(MessagesPerReceive, lockFor, cancellationToken);
            await AcceptAsync(partition, messages, cancellationToken);
            if (messages.Count < MessagesPerReceive)
            {
                return;
            }
        }
    }

    private async Task AcceptAsync(int partition, IReadOnlyList<Azure.Storage.Queues.Models.QueueMessage> messages, CancellationToken cancellationToken)
    {
        var queue = _controlQueues[partition];
        foreach (var message in messages)
        {
            if (ControlMessage.TryParse(message.MessageText) is not { } envelope)
            {
                Logs.UnreadableMessage(_logger, queue.Name, message.MessageId);
                await queue.DeleteAsync(message.MessageId, message.PopReceipt, cancellationToken);
                continue;
            }

            var remaining = envelope.VisibleAt - _time.GetUtcNow();
            if (remaining > TimeSpan.Zero)
            {
                // A timer's hop ended before it is due: hide it for the next hop.
                await queue.UpdateAsync(message.MessageId, message.PopReceipt, remaining < QueueLimits.MaxTimerHop ? remaining : QueueLimits.MaxTimerHop, cancellationToken);
                continue;
            }

            var historyEvent = envelope.Event
                ?? JsonSerializer.Deserialize<HistoryEvent>(await _payloads.Store.ReadAsync(envelope.EventBlob!, cancellationToken), DataConverter.Options)!;
            var received = new ReceivedMessage(partition, message.MessageId, message.PopReceipt, (int)message.DequeueCount, envelope.ExecutionId, historyEvent);
            lock (_gate)
            {
                _receipts[message.MessageId] = message.PopReceipt;
                if (!_sessions.TryGetValue(envelope.InstanceId, out var session))
                {
                    _sessions[envelope.InstanceId] = session = new InstanceSession();
                }

                // Received again after its hold lapsed: the same message, with a new receipt (recorded above).
                var known = session.Messages.FindIndex(m => m.MessageId == message.MessageId);
                if (known >= 0)
                {
                    session.Messages[known] = received;
                }
                else
                {
                    session.Messages.Add(received);
                }
            }
        }
    }

    private async Task<OrchestrationWorkItem?> TryLockAsync(string instanceId, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        List<ReceivedMessage> candidates;
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (!_sessions.TryGetValue(instanceId, out var session) || session.Committing || (session.LockToken is not null && session.LockedUntil > now))
            {
                return null;
            }

            if (session.LockToken is { } lapsed)
            {
                _lockedInstances.Remove(lapsed);
            }

            session.LockToken = token;
            session.LockedUntil = now + lockFor;
            _lockedInstances[token] = instanceId;
            candidates = [.. session.Messages];
        }

        var row = await ReadRowAsync(instanceId, cancellationToken);
        var sentinel = row is null ? null : await _history.ReadSentinelAsync(instanceId, cancellationToken);
        var stale = candidates.Where(message => row is null || sentinel is null || IsStale(message, row, sentinel)).ToList();
        await DropAsync(instanceId, stale, cancellationToken);
        var deliverable = candidates.Except(stale)
            .Where(message => row!.Status != RuntimeStatus.Suspended || message.Event is ExecutionResumed or ExecutionTerminated)
            .ToList();
        if (deliverable.Count == 0)
        {
            ReleaseLock(instanceId, token);
            return null;
        }

        var history = _historyCache.Find(instanceId, sentinel!) ?? await LoadHistoryAsync(instanceId, sentinel!, cancellationToken);
        lock (_gate)
        {
            var session = _sessions[instanceId];
            if (session.LockToken != token)
            {
                return null;
            }

            session.Locked = deliverable;
            session.State = new LockedState(row!, sentinel!);
        }

        return new OrchestrationWorkItem(
            instanceId,
            token,
            history,
            [.. deliverable.Select(message => message.Event)],
            deliverable.Max(message => message.DequeueCount),
            row!.Status,
            await _payloads.LoadAsync(row.CustomStatus, cancellationToken));
    }

    private async Task<IReadOnlyList<HistoryEvent>> LoadHistoryAsync(string instanceId, Sentinel sentinel, CancellationToken cancellationToken)
    {
        var history = await _history.LoadAsync(instanceId, sentinel.ExecutionId, cancellationToken);
        _historyCache.Set(instanceId, sentinel, history);
        return history;
    }

    // For an execution that is no longer current, or a start that already happened (a duplicate delivery).
    private static bool IsStale(ReceivedMessage message, InstanceRow row, Sentinel sentinel) =>
        (message.ExecutionId is { } executionId && executionId != row.ExecutionId)
        || (message.Event is ExecutionStarted && sentinel.NextSeq > 0);

    private async Task DropAsync(string instanceId, List<ReceivedMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await _controlQueues[message.Partition].DeleteAsync(message.MessageId, ReceiptOf(message), cancellationToken);
        }

        lock (_gate)
        {
            var ids = messages.Select(message => message.MessageId).ToHashSet(StringComparer.Ordinal);
            if (_sessions.TryGetValue(instanceId, out var session))
            {
                session.Messages.RemoveAll(message => ids.Contains(message.MessageId));
            }

            foreach (var message in messages)
            {
                _receipts.Remove(message.MessageId);
            }
        }
    }

    private void ReleaseLock(string instanceId, string token)
    {
        lock (_gate)
        {
            _lockedInstances.Remove(token);
            if (_sessions.TryGetValue(instanceId, out var session) && session.LockToken == token)
            {
                session.LockToken = null;
                session.Locked = [];
                session.State = null;
                if (session.Messages.Count == 0)
                {
                    _sessions.Remove(instanceId);
                }
            }
        }
    }

    // Ends a lock and returns what it delivered; with remove, those messages leave the session (deleted or hidden again).
    private IReadOnlyList<ReceivedMessage> Unlock(OrchestrationWorkItem item, bool remove)
    {
        lock (_gate)
        {
            if (!_sessions.TryGetValue(item.InstanceId, out var session) || session.LockToken != item.LockToken)
            {
                return [];
            }

            var locked = session.Locked;
            if (remove)
            {
                var ids = locked.Select(message => message.MessageId).ToHashSet(StringComparer.Ordinal);
                session.Messages.RemoveAll(message => ids.Contains(message.MessageId));
                foreach (var id in ids)
                {
                    _receipts.Remove(id);
                }
            }

            ReleaseLockUnderGate(item.InstanceId, session, item.LockToken);
            return locked;
        }
    }

    private void ReleaseLockUnderGate(string instanceId, InstanceSession session, string token)
    {
        _lockedInstances.Remove(token);
        session.LockToken = null;
        session.Locked = [];
        session.State = null;
        if (session.Messages.Count == 0)
        {
            _sessions.Remove(instanceId);
        }
    }

    private string ReceiptOf(ReceivedMessage message)
    {
        lock (_gate)
        {
            return _receipts.TryGetValue(message.MessageId, out var receipt) ? receipt : message.PopReceipt;
        }
    }

    private void SetReceipt(string messageId, string receipt)
    {
        lock (_gate)
        {
            _receipts[messageId] = receipt;
        }
    }
}
