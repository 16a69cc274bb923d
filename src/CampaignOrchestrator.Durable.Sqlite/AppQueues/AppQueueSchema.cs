namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The application queue table: every queue's messages, poison queues included, in one table.</summary>
internal static class AppQueueSchema
{
    /// <summary>Creates <c>app_queue_messages</c>.</summary>
    /// <remarks>
    /// <c>seq</c> orders messages enqueued at the same instant; moving a message to its poison queue only changes
    /// <c>queue_name</c>, so its id, body, dequeue count and insertion time stay. Instants are Unix milliseconds.
    /// </remarks>
    public static SqliteMigration Migration { get; } = new(1, "app queues", """
        CREATE TABLE app_queue_messages (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            id              TEXT NOT NULL UNIQUE,
            queue_name      TEXT NOT NULL,
            body            TEXT NOT NULL,
            dequeue_count   INTEGER NOT NULL DEFAULT 0,
            inserted_at     INTEGER NOT NULL,
            next_visible_at INTEGER NOT NULL,
            pop_receipt     TEXT NULL,
            poison_reason   TEXT NULL
        ) STRICT;
        CREATE INDEX ix_app_queue_messages_visible ON app_queue_messages (queue_name, next_visible_at, seq);
        """);
}
