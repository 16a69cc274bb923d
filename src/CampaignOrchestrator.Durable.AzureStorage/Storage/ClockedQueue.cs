using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// One Azure Storage queue whose visibility follows the store's clock. The service hides a message for the same period
/// in its own time, which is what other processes see; this process also remembers when each message it hid (by a
/// receive, an update or a delayed send) is due on the clock, and makes it visible at once when that time comes first.
/// With the system clock both agree; with a test's fake clock, moving the clock on releases messages without waiting.
/// </summary>
internal sealed class ClockedQueue
{
    private readonly QueueClient _queue;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, HeldMessage> _held = new(StringComparer.Ordinal);
    private readonly Lock _dueGate = new();
    private DateTimeOffset _nextDue = DateTimeOffset.MaxValue;
    private volatile bool _exists;

    /// <summary>Wraps a queue.</summary>
    /// <param name="queue">The queue.</param>
    /// <param name="time">The clock visibility follows.</param>
    /// <param name="exists">Whether the queue is known to exist already.</param>
    public ClockedQueue(QueueClient queue, TimeProvider time, bool exists = false)
    {
        _queue = queue;
        _time = time;
        _exists = exists;
    }

    /// <summary>Gets the queue's name.</summary>
    public string Name => _queue.Name;

    /// <summary>Adds a message, creating the queue when it does not exist yet.</summary>
    /// <param name="text">The message text.</param>
    /// <param name="delay">How long it stays hidden (at most 7 days).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service's receipt (message id and pop receipt).</returns>
    public async Task<SendReceipt> SendAsync(string text, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (!_exists)
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _exists = true;
        }

        SendReceipt receipt = await _queue.SendMessageAsync(text, ServerDelay(delay), timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);
        if (delay > TimeSpan.Zero)
        {
            Hold(receipt.MessageId, new HeldMessage(receipt.PopReceipt, _time.GetUtcNow() + delay, null));
        }

        return receipt;
    }

    /// <summary>Receives up to <paramref name="maxMessages"/> visible messages and hides them for <paramref name="visibility"/>.</summary>
    /// <param name="maxMessages">1 to 32.</param>
    /// <param name="visibility">How long they stay hidden.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages; empty when none is visible or the queue does not exist.</returns>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int maxMessages, TimeSpan visibility, CancellationToken cancellationToken)
    {
        await ReleaseDueAsync(cancellationToken);
        QueueMessage[] messages;
        try
        {
            messages = (await _queue.ReceiveMessagesAsync(maxMessages, ServerVisibility(visibility, minimum: TimeSpan.FromSeconds(1)), cancellationToken)).Value;
        }
        catch (RequestFailedException error) when (error.IsNotFound())
        {
            return [];
        }

        var hiddenUntil = _time.GetUtcNow() + visibility;
        foreach (var message in messages)
        {
            Hold(message.MessageId, new HeldMessage(message.PopReceipt, hiddenUntil, message));
        }

        return messages;
    }

    /// <summary>Reads up to <paramref name="maxMessages"/> visible messages without receiving them.</summary>
    /// <param name="maxMessages">1 to 32.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages; empty when the queue does not exist.</returns>
    public async Task<IReadOnlyList<PeekedMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken)
    {
        await ReleaseDueAsync(cancellationToken);
        try
        {
            return (await _queue.PeekMessagesAsync(maxMessages, cancellationToken)).Value;
        }
        catch (RequestFailedException error) when (error.IsNotFound())
        {
            return [];
        }
    }

    /// <summary>Hides a received message for a new period from now, optionally replacing its text.</summary>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">Its current pop receipt.</param>
    /// <param name="visibility">From zero to 7 days.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <param name="text">The new text; unchanged when null.</param>
    /// <returns>The new pop receipt, or <see langword="null"/> when the message is gone or the receipt is stale.</returns>
    public async Task<string?> UpdateAsync(string messageId, string popReceipt, TimeSpan visibility, CancellationToken cancellationToken, string? text = null)
    {
        try
        {
            var updated = (await _queue.UpdateMessageAsync(messageId, popReceipt, text, ServerVisibility(visibility, TimeSpan.Zero), cancellationToken)).Value;
            var previous = _held.TryGetValue(messageId, out var held) ? held.Received : null;
            if (visibility > TimeSpan.Zero)
            {
                Hold(messageId, new HeldMessage(updated.PopReceipt, _time.GetUtcNow() + visibility, previous));
            }
            else
            {
                _held.TryRemove(messageId, out _);
            }

            return updated.PopReceipt;
        }
        catch (RequestFailedException error) when (error.IsLostMessage())
        {
            return null;
        }
    }

    /// <summary>Deletes a message if the pop receipt is still current.</summary>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">Its pop receipt.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when deleted.</returns>
    public async Task<bool> DeleteAsync(string messageId, string popReceipt, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.DeleteMessageAsync(messageId, popReceipt, cancellationToken);
            _held.TryRemove(messageId, out _);
            return true;
        }
        catch (RequestFailedException error) when (error.IsLostMessage())
        {
            return false;
        }
    }

    /// <summary>Returns what this process last received of a message it still holds hidden.</summary>
    /// <param name="messageId">The message id.</param>
    /// <returns>The message as received, or <see langword="null"/>.</returns>
    public QueueMessage? Held(string messageId) => _held.TryGetValue(messageId, out var held) ? held.Received : null;

    /// <summary>Counts the queue's messages, visible or not (the service's approximation).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count; 0 when the queue does not exist.</returns>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await _queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException error) when (error.IsNotFound())
        {
            return 0;
        }
    }

    /// <summary>Makes every message whose time on the clock has come visible on the service too.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task ReleaseDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_dueGate)
        {
            if (now < _nextDue)
            {
                return;
            }
        }

        foreach (var (messageId, held) in _held)
        {
            if (held.HiddenUntil <= now && _held.TryRemove(new KeyValuePair<string, HeldMessage>(messageId, held)))
            {
                // A stale receipt means another receiver has the message already: nothing to release.
                await UpdateAsync(messageId, held.PopReceipt, TimeSpan.Zero, cancellationToken);
            }
        }

        // Recomputed under the gate that holds take, so a message held during the scan is never overlooked.
        lock (_dueGate)
        {
            _nextDue = _held.IsEmpty ? DateTimeOffset.MaxValue : _held.Values.Min(held => held.HiddenUntil);
        }
    }

    private void Hold(string messageId, HeldMessage held)
    {
        lock (_dueGate)
        {
            _held[messageId] = held;
            if (held.HiddenUntil < _nextDue)
            {
                _nextDue = held.HiddenUntil;
            }
        }
    }

    private static TimeSpan ServerDelay(TimeSpan delay) => ServerVisibility(delay, TimeSpan.Zero);

    // The service counts whole seconds: round up so it never shows a message before the clock says it is due.
    private static TimeSpan ServerVisibility(TimeSpan period, TimeSpan minimum)
    {
        var seconds = Math.Ceiling(Math.Max(period.TotalSeconds, minimum.TotalSeconds));
        return TimeSpan.FromSeconds(Math.Min(seconds, QueueLimits.MaxServerDelay.TotalSeconds));
    }

    /// <summary>A message this process hid, and when it is due on the clock.</summary>
    /// <param name="PopReceipt">The receipt that can release it.</param>
    /// <param name="HiddenUntil">When it is due.</param>
    /// <param name="Received">What was received, when it was received (not for delayed sends).</param>
    private sealed record HeldMessage(string PopReceipt, DateTimeOffset HiddenUntil, QueueMessage? Received);
}
