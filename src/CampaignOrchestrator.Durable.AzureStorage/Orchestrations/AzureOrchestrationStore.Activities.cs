using System.Text.Json;
using CampaignOrchestrator.Durable.AzureStorage.Orchestrations;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Activity executions on the work-item queue, which every process reads.</summary>
public sealed partial class AzureOrchestrationStore
{
    private static readonly TimeSpan CompletionHold = TimeSpan.FromMinutes(1);
    private readonly ActivityLocks _activityLocks = new();

    /// <inheritdoc/>
    public async Task<ActivityWorkItem?> LockNextActivityAsync(TimeSpan lockFor, CancellationToken cancellationToken = default) =>
        (await LockNextActivitiesAsync(1, lockFor, cancellationToken)) is [var item, ..] ? item : null;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ActivityWorkItem>> LockNextActivitiesAsync(int maxCount, TimeSpan lockFor, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockFor, TimeSpan.Zero);
        await _account.EnsureCreatedAsync(cancellationToken);
        var items = new List<ActivityWorkItem>();
        foreach (var message in await _workItems.ReceiveAsync(Math.Min(maxCount, MessagesPerReceive), lockFor, cancellationToken))
        {
            if (ActivityMessage.TryParse(message.MessageText) is not { } envelope)
            {
                Logs.UnreadableMessage(_logger, _workItems.Name, message.MessageId);
                await _workItems.DeleteAsync(message.MessageId, message.PopReceipt, cancellationToken);
                continue;
            }

            var request = envelope.InputBlob is { } blob ? envelope.Request with { Input = await _payloads.Store.ReadAsync(blob, cancellationToken) } : envelope.Request;
            var token = _activityLocks.Add(message.MessageId, message.PopReceipt, _time.GetUtcNow() + lockFor);
            items.Add(new ActivityWorkItem(request, token, (int)message.DequeueCount));
        }

        return items;
    }

    /// <inheritdoc/>
    public async Task CompleteActivityAsync(ActivityWorkItem item, HistoryEvent result, string? deadLetterReason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(result);
        var held = _activityLocks.Find(item.LockToken);

        // Renewing the hold proves the message is still this worker's before its result is sent.
        var receipt = held is null ? null : await _workItems.UpdateAsync(held.MessageId, held.PopReceipt, CompletionHold, cancellationToken);
        if (receipt is null)
        {
            _activityLocks.Remove(item.LockToken);
            throw new LockLostException($"The lock on activity '{item.Request.Name}' (task {item.Request.TaskId} of '{item.Request.InstanceId}') was lost; its result was not recorded.");
        }

        var request = item.Request;
        await SendCoreAsync(new InstanceMessage(request.InstanceId, result, null, request.ExecutionId), cancellationToken);
        if (deadLetterReason is not null)
        {
            await AddDeadLetterAsync(request.InstanceId, "activity", JsonSerializer.Serialize(request, DataConverter.Options), deadLetterReason, cancellationToken);
        }

        await _workItems.DeleteAsync(held!.MessageId, receipt, cancellationToken);
        _activityLocks.Remove(item.LockToken);
    }

    /// <inheritdoc/>
    public async Task AbandonActivityAsync(ActivityWorkItem item, TimeSpan retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        if (_activityLocks.Find(item.LockToken) is { } held)
        {
            await _workItems.UpdateAsync(held.MessageId, held.PopReceipt, retryAfter, cancellationToken);
            _activityLocks.Remove(item.LockToken);
        }
    }

    private async Task<bool> RenewActivityAsync(string lockToken, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_activityLocks.Find(lockToken) is not { } held || held.LockedUntil <= now)
        {
            return false;
        }

        var receipt = await _workItems.UpdateAsync(held.MessageId, held.PopReceipt, lockFor, cancellationToken);
        if (receipt is null)
        {
            _activityLocks.Remove(lockToken);
            return false;
        }

        _activityLocks.Update(lockToken, held with { PopReceipt = receipt, LockedUntil = now + lockFor });
        return true;
    }

    private async Task SendActivityAsync(ActivityRequest activity, CancellationToken cancellationToken)
    {
        var envelope = new ActivityMessage(activity, null);
        var text = envelope.ToText();
        if (System.Text.Encoding.UTF8.GetByteCount(text) > QueueLimits.MaxInlineMessageBytes)
        {
            var blob = $"{InstancePayloads.FolderOf(activity.InstanceId)}activity-{Guid.NewGuid():N}";
            await _payloads.Store.WriteAsync(blob, activity.Input!, cancellationToken);
            text = new ActivityMessage(activity with { Input = null }, blob).ToText();
        }

        await _workItems.SendAsync(text, TimeSpan.Zero, cancellationToken);
    }
}
