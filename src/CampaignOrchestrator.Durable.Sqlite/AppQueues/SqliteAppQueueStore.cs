using CampaignOrchestrator.Durable.Backend;
using Microsoft.Data.Sqlite;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// Application queues in the SQLite file. Every operation is one transaction; a receive selects and hides its messages
/// inside one <c>BEGIN IMMEDIATE</c> transaction, so concurrent receivers, in this process or others, never get the same
/// message within its visibility window.
/// </summary>
/// <param name="database">The database file.</param>
/// <param name="timeProvider">The clock for visibility.</param>
public sealed partial class SqliteAppQueueStore(SqliteDatabase database, TimeProvider timeProvider) : IAppQueueStore
{
    private const string SelectVisible = """
        SELECT seq, id, body, dequeue_count, inserted_at, poison_reason
        FROM app_queue_messages
        WHERE queue_name = $queue AND next_visible_at <= $now
        ORDER BY next_visible_at, seq
        LIMIT $max;
        """;

    private readonly SqliteDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <inheritdoc/>
    public Task<string> EnqueueAsync(string queueName, string body, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfBodyTooLarge(body);
        var delay = visibilityDelay ?? TimeSpan.Zero;
        AppQueueLimits.ThrowIfVisibilityOutOfRange(delay, allowZero: true, nameof(visibilityDelay));

        var now = _timeProvider.GetUtcNow();
        var id = Guid.CreateVersion7(now).ToString();
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand(
                    transaction,
                    """
                    INSERT INTO app_queue_messages (id, queue_name, body, inserted_at, next_visible_at)
                    VALUES ($id, $queue, $body, $now, $visibleAt);
                    """,
                    ("$id", id),
                    ("$queue", queueName),
                    ("$body", body),
                    ("$now", SqliteTime.ToStored(now)),
                    ("$visibleAt", SqliteTime.ToStored(now + delay)));
                await command.ExecuteNonQueryAsync(cancellationToken);
                return id;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<AppQueueMessage>> ReceiveAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfMessageCountOutOfRange(maxMessages);
        AppQueueLimits.ThrowIfVisibilityOutOfRange(visibilityTimeout, allowZero: false, nameof(visibilityTimeout));

        var now = _timeProvider.GetUtcNow();
        var visibleAt = SqliteTime.FromStored(SqliteTime.ToStored(now + visibilityTimeout));
        return _database.WriteAsync<IReadOnlyList<AppQueueMessage>>(
            async (connection, transaction) =>
            {
                var received = new List<AppQueueMessage>(maxMessages);
                var sequences = new List<long>(maxMessages);
                await using (var select = connection.CreateCommand(transaction, SelectVisible, ("$queue", queueName), ("$now", SqliteTime.ToStored(now)), ("$max", maxMessages)))
                await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        sequences.Add(reader.GetInt64(0));
                        received.Add(new AppQueueMessage(
                            reader.GetString(1),
                            Guid.NewGuid().ToString("N"),
                            reader.GetString(2),
                            reader.GetInt32(3) + 1,
                            SqliteTime.FromStored(reader.GetInt64(4)),
                            visibleAt,
                            reader.IsDBNull(5) ? null : reader.GetString(5)));
                    }
                }

                await HideAsync(connection, transaction, sequences, received, visibleAt, cancellationToken);
                return received;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<PeekedAppQueueMessage>> PeekAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        AppQueueLimits.ThrowIfMessageCountOutOfRange(maxMessages);

        var now = _timeProvider.GetUtcNow();
        return _database.ReadAsync<IReadOnlyList<PeekedAppQueueMessage>>(
            async connection =>
            {
                var peeked = new List<PeekedAppQueueMessage>(maxMessages);
                await using var select = connection.CreateCommand(null, SelectVisible, ("$queue", queueName), ("$now", SqliteTime.ToStored(now)), ("$max", maxMessages));
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    peeked.Add(new PeekedAppQueueMessage(
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetInt32(3),
                        SqliteTime.FromStored(reader.GetInt64(4)),
                        reader.IsDBNull(5) ? null : reader.GetString(5)));
                }

                return peeked;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> GetDepthAsync(string queueName, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        return _database.ReadAsync(
            async connection =>
            {
                await using var count = connection.CreateCommand(null, "SELECT COUNT(*) FROM app_queue_messages WHERE queue_name = $queue;", ("$queue", queueName));
                return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);
    }

    private static async Task HideAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        List<long> sequences,
        List<AppQueueMessage> received,
        DateTimeOffset visibleAt,
        CancellationToken cancellationToken)
    {
        await using var update = connection.CreateCommand(
            transaction,
            "UPDATE app_queue_messages SET dequeue_count = dequeue_count + 1, pop_receipt = $receipt, next_visible_at = $visibleAt WHERE seq = $seq;",
            ("$receipt", string.Empty),
            ("$visibleAt", SqliteTime.ToStored(visibleAt)),
            ("$seq", 0L));
        for (var i = 0; i < sequences.Count; i++)
        {
            update.Parameters["$receipt"].Value = received[i].PopReceipt;
            update.Parameters["$seq"].Value = sequences[i];
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
