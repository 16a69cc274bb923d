using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Operations that need the message's current pop receipt: delete, visibility update, move to poison.</summary>
public sealed partial class SqliteAppQueueStore
{
    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string queueName, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalidReceipt(queueName, messageId, popReceipt);
        return ChangeOwnedMessageAsync(
            "DELETE FROM app_queue_messages WHERE id = $id AND queue_name = $queue AND pop_receipt = $receipt;",
            queueName,
            messageId,
            popReceipt,
            [],
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<AppQueueReceipt?> UpdateVisibilityAsync(string queueName, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalidReceipt(queueName, messageId, popReceipt);
        AppQueueLimits.ThrowIfVisibilityOutOfRange(visibilityTimeout, allowZero: true, nameof(visibilityTimeout));

        var visibleAt = SqliteTime.ToStored(_timeProvider.GetUtcNow() + visibilityTimeout);
        var newReceipt = Guid.NewGuid().ToString("N");
        var updated = await ChangeOwnedMessageAsync(
            """
            UPDATE app_queue_messages SET pop_receipt = $newReceipt, next_visible_at = $visibleAt
            WHERE id = $id AND queue_name = $queue AND pop_receipt = $receipt;
            """,
            queueName,
            messageId,
            popReceipt,
            [("$newReceipt", newReceipt), ("$visibleAt", visibleAt)],
            cancellationToken);
        return updated ? new AppQueueReceipt(newReceipt, SqliteTime.FromStored(visibleAt)) : null;
    }

    /// <inheritdoc/>
    public Task<bool> MoveToPoisonAsync(string queueName, string messageId, string popReceipt, string reason, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalidReceipt(queueName, messageId, popReceipt);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var poisonQueue = AppQueueName.PoisonQueueFor(queueName);

        // The row only changes queue: one statement keeps id, body, dequeue count and insertion time, atomically.
        return ChangeOwnedMessageAsync(
            """
            UPDATE app_queue_messages
            SET queue_name = $poisonQueue, poison_reason = $reason, pop_receipt = NULL, next_visible_at = $now
            WHERE id = $id AND queue_name = $queue AND pop_receipt = $receipt;
            """,
            queueName,
            messageId,
            popReceipt,
            [("$poisonQueue", poisonQueue), ("$reason", reason), ("$now", SqliteTime.ToStored(_timeProvider.GetUtcNow()))],
            cancellationToken);
    }

    private static void ThrowIfInvalidReceipt(string queueName, string messageId, string popReceipt)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(popReceipt);
    }

    private Task<bool> ChangeOwnedMessageAsync(
        string sql,
        string queueName,
        string messageId,
        string popReceipt,
        (string Name, object? Value)[] extraParameters,
        CancellationToken cancellationToken) =>
        _database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(transaction, sql, ("$id", messageId), ("$queue", queueName), ("$receipt", popReceipt));
                foreach (var (name, value) in extraParameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
}
