using System.Text;
using CampaignOrchestrator.Durable.AzureStorage.AppQueues;
using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Moving a message to its poison queue.</summary>
public sealed partial class AzureAppQueueStore
{
    private static readonly TimeSpan MoveVisibility = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public async Task<bool> MoveToPoisonAsync(string queueName, string messageId, string popReceipt, string reason, CancellationToken cancellationToken = default)
    {
        var poisonName = AppQueueName.PoisonQueueFor(queueName);
        ArgumentNullException.ThrowIfNull(reason);
        if (!AzurePopReceipt.TrySplit(popReceipt, out var serverId, out var serverReceipt) || !Belongs(serverId, messageId, queueName))
        {
            return false;
        }

        var source = Queue(queueName);
        var received = source.Held(serverId);

        // Renewing the hold proves the receipt is current before anything is written, and keeps others off the message.
        var current = received is null ? null : await source.UpdateAsync(serverId, serverReceipt, MoveVisibility, cancellationToken);
        if (current is null)
        {
            return false;
        }

        var (id, body, dequeueCount, insertedAt, _) = await ReadAsync(serverId, received!.MessageText, (int)received.DequeueCount, received.InsertedOn, cancellationToken);
        var envelope = new PoisonEnvelope(1, id, body, null, dequeueCount, insertedAt, reason);
        var text = envelope.ToText();
        if (Encoding.UTF8.GetByteCount(text) > QueueLimits.MaxInlineMessageBytes)
        {
            var blob = $"appqueues/{poisonName}/{id}";
            await _account.EnsureCreatedAsync(cancellationToken);
            await _payloads.WriteAsync(blob, body, cancellationToken);
            text = (envelope with { Body = null, BodyBlob = blob }).ToText();
        }

        // The copy is written before the original is deleted: a crash in between leaves a duplicate, never a loss.
        await Queue(poisonName).SendAsync(text, TimeSpan.Zero, cancellationToken);
        await source.DeleteAsync(serverId, current, cancellationToken);
        _insertedAt.TryRemove(serverId, out _);
        return true;
    }
}
