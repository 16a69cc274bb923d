namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The lease table: one row per lease name, kept after release so its token keeps increasing.</summary>
internal static class LeaseSchema
{
    /// <summary>Creates <c>leases</c>; <c>owner_id</c> is NULL once released; <c>expires_at</c> is Unix milliseconds.</summary>
    public static SqliteMigration Migration { get; } = new(2, "leases", """
        CREATE TABLE leases (
            name       TEXT PRIMARY KEY NOT NULL,
            owner_id   TEXT NULL,
            token      INTEGER NOT NULL,
            expires_at INTEGER NOT NULL
        ) STRICT;
        """);
}
