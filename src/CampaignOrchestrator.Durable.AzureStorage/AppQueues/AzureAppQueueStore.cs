using System.Collections.Concurrent;
using CampaignOrchestrator.Durable.AzureStorage.AppQueues;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Application queues as plain Azure Storage queues: producers may write to them with any Azure SDK, and a
/// message's text is its body. A poison message moves to <c>&lt;queue&gt;-poison</c> wrapped in an envelope that keeps its
/// original id, dequeue count, insertion time and the reason.
/// </summary>
/// <remarks>
/// A pop receipt this store hands out joins the service's message id and pop receipt, since a poison message's id is
/// not the service's. Insertion times are the service's, except for messages this process enqueued, whose time on the
/// store's clock it remembers (the last <see cref="RememberedInsertions"/> of them). Moving a message to its poison
/// queue needs its body, so it works in the process that received it.
/// </remarks>
public sealed partial class AzureAppQueueStore : IAppQueueStore
{
    /// <summary>How many insertion times of its own messages the store remembers.</summary>
    public const int RememberedInsertions = 10_000;

    private readonly StorageAccount _account;
    private readonly TimeProvider _time;
    private readonly PayloadStore _payloads;
    private readonly ConcurrentDictionary<string, ClockedQueue> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _insertedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _insertionOrder = new();

    /// <summary>Creates the store.</summary>
    /// <param name="account">The storage account.</param>
    /// <param name="time">The clock for visibility and insertion times.</param>
    public AzureAppQueueStore(StorageAccount account, TimeProvider time)
    {
        _account = account ?? throw new ArgumentNullException(nameof(account));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _payloads = new PayloadStore(account.Blobs.GetBlobContainerClient(account.Names.PayloadContainer));
    }

    /// <inheritdoc/>
    public async Task<string> EnqueueAsync(string queueName, string body, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfBodyTooLarge(body);
        var delay = visibilityDelay ?? TimeSpan.Zero;
        AppQueueLimits.ThrowIfVisibilityOutOfRange(delay, allowZero: true, nameof(visibilityDelay));
        var receipt = await Queue(queueName).SendAsync(body, delay, cancellationToken);
        RememberInsertion(receipt.MessageId, _time.GetUtcNow());
        return receipt.MessageId;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AppQueueMessage>> ReceiveAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfMessageCountOutOfRange(maxMessages);
        AppQueueLimits.ThrowIfVisibilityOutOfRange(visibilityTimeout, allowZero: false, nameof(visibilityTimeout));
        var messages = await Queue(queueName).ReceiveAsync(maxMessages, visibilityTimeout, cancellationToken);
        var nextVisibleAt = _time.GetUtcNow() + visibilityTimeout;
        var received = new List<AppQueueMessage>(messages.Count);
        foreach (var message in messages)
        {
            var (id, body, dequeueCount, insertedAt, reason) = await ReadAsync(message.MessageId, message.MessageText, (int)message.DequeueCount, message.InsertedOn, cancellationToken);
            received.Add(new AppQueueMessage(id, AzurePopReceipt.Join(message.MessageId, message.PopReceipt), body, dequeueCount, insertedAt, nextVisibleAt, reason));
        }

        return received;
    }

    /// <inheritdoc/>
    public async Task<bool> DeleteAsync(string queueName, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        if (!AzurePopReceipt.TrySplit(popReceipt, out var serverId, out var serverReceipt) || !Belongs(serverId, messageId, queueName))
        {
            return false;
        }

        var queue = Queue(queueName);
        var poisonBody = queue.Held(serverId) is { } held ? PoisonEnvelope.TryParse(held.MessageText)?.BodyBlob : null;
        var deleted = await queue.DeleteAsync(serverId, serverReceipt, cancellationToken);
        if (deleted)
        {
            _insertedAt.TryRemove(serverId, out _);
            if (poisonBody is not null)
            {
                await _payloads.DeleteAsync(poisonBody, cancellationToken);
            }
        }

        return deleted;
    }

    /// <inheritdoc/>
    public async Task<AppQueueReceipt?> UpdateVisibilityAsync(string queueName, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfVisibilityOutOfRange(visibilityTimeout, allowZero: true, nameof(visibilityTimeout));
        if (!AzurePopReceipt.TrySplit(popReceipt, out var serverId, out var serverReceipt) || !Belongs(serverId, messageId, queueName))
        {
            return null;
        }

        var updated = await Queue(queueName).UpdateAsync(serverId, serverReceipt, visibilityTimeout, cancellationToken);
        return updated is null ? null : new AppQueueReceipt(AzurePopReceipt.Join(serverId, updated), _time.GetUtcNow() + visibilityTimeout);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PeekedAppQueueMessage>> PeekAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfMessageCountOutOfRange(maxMessages);
        var peeked = new List<PeekedAppQueueMessage>();
        foreach (var message in await Queue(queueName).PeekAsync(maxMessages, cancellationToken))
        {
            var (id, body, dequeueCount, insertedAt, reason) = await ReadAsync(message.MessageId, message.MessageText, (int)message.DequeueCount, message.InsertedOn, cancellationToken);
            peeked.Add(new PeekedAppQueueMessage(id, body, dequeueCount, insertedAt, reason));
        }

        return peeked;
    }

    /// <inheritdoc/>
    public Task<int> GetDepthAsync(string queueName, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        return Queue(queueName).CountAsync(cancellationToken);
    }

    private ClockedQueue Queue(string queueName) =>
        _queues.GetOrAdd(queueName, name => new ClockedQueue(_account.Queues.GetQueueClient(name), _time));

    // A message id and receipt from another queue, or a poison envelope's id with another message's receipt, never match.
    private bool Belongs(string serverId, string messageId, string queueName)
    {
        if (serverId == messageId)
        {
            return true;
        }

        var held = Queue(queueName).Held(serverId);
        return held is not null && PoisonEnvelope.TryParse(held.MessageText)?.Id == messageId;
    }

    private void RememberInsertion(string messageId, DateTimeOffset insertedAt)
    {
        _insertedAt[messageId] = insertedAt;
        _insertionOrder.Enqueue(messageId);
        while (_insertionOrder.Count > RememberedInsertions && _insertionOrder.TryDequeue(out var oldest))
        {
            _insertedAt.TryRemove(oldest, out _);
        }
    }

    private async Task<(string Id, string Body, int DequeueCount, DateTimeOffset InsertedAt, string? Reason)> ReadAsync(
        string serverId, string text, int serverDequeueCount, DateTimeOffset? serverInsertedOn, CancellationToken cancellationToken)
    {
        if (PoisonEnvelope.TryParse(text) is { } poison)
        {
            var body = poison.Body ?? await _payloads.ReadAsync(poison.BodyBlob!, cancellationToken);
            return (poison.Id, body, poison.DequeueCount + serverDequeueCount, poison.InsertedAt, poison.Reason);
        }

        var insertedAt = _insertedAt.TryGetValue(serverId, out var remembered) ? remembered : serverInsertedOn ?? _time.GetUtcNow();
        return (serverId, text, serverDequeueCount, insertedAt, null);
    }
}
