namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The idempotency records of activities that cause external effects.</summary>
internal static class IdempotencySchema
{
    /// <summary>Creates <c>idempotency_records</c>.</summary>
    /// <remarks>
    /// A NULL <c>completed_at</c> means the call is in progress; otherwise <c>result</c> holds its outcome. Instants are
    /// Unix milliseconds. The partial index serves purges, which only ever look at completed records.
    /// </remarks>
    public static SqliteMigration Migration { get; } = new(4, "idempotency", """
        CREATE TABLE idempotency_records (
            idempotency_key TEXT PRIMARY KEY NOT NULL,
            result          TEXT NULL,
            attempts        INTEGER NOT NULL,
            started_at      INTEGER NOT NULL,
            completed_at    INTEGER NULL
        ) STRICT;
        CREATE INDEX ix_idempotency_records_completed_at ON idempotency_records (completed_at) WHERE completed_at IS NOT NULL;
        """);
}
