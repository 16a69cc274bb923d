using System.Globalization;
using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The backlog, for metrics.</summary>
public sealed partial class SqliteOrchestrationStore
{
    /// <inheritdoc/>
    /// <remarks>A read on the visibility indexes; it never waits for writers.</remarks>
    public Task<Backlog> GetBacklogAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync(
            async connection =>
            {
                await using var count = connection.CreateCommand(
                    null,
                    """
                    SELECT (SELECT COUNT(*) FROM instance_messages WHERE visible_at <= $now AND lock_token IS NULL),
                           (SELECT COUNT(*) FROM activity_queue WHERE visible_at <= $now);
                    """,
                    ("$now", SqliteTime.ToStored(_timeProvider.GetUtcNow())));
                await using var reader = await count.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                return new Backlog(
                    Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                    Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
            },
            cancellationToken);
}
