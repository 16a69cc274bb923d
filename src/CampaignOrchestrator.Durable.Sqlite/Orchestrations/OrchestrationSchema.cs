namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>The orchestration tables: instances, histories, instance messages, the activity queue and dead letters.</summary>
internal static class OrchestrationSchema
{
    /// <summary>Creates the orchestration tables.</summary>
    /// <remarks>
    /// Instants are Unix milliseconds. <c>instances.history_version</c> grows with every commit (and every re-creation),
    /// so a process that caches a history knows, from the row alone, whether its copy is still current.
    /// <c>instance_messages.lock_token</c> marks the messages handed out with an instance's lock; it means something only
    /// while that instance lock is held. An activity row's <c>visible_at</c> doubles as its lock expiry, like a queue's
    /// visibility timeout, and its lock token starts with its <c>seq</c>, so the row is found by key, with no index on
    /// the token to keep up. The activity queue's unique index treats a NULL execution id as a value, so a re-queued
    /// request is ignored whatever its execution id. Message and activity <c>seq</c> values give arrival order among the
    /// rows present; without AUTOINCREMENT a deleted highest value may come back, which nothing depends on, and no insert
    /// has to update <c>sqlite_sequence</c>.
    /// </remarks>
    public static SqliteMigration Migration { get; } = new(3, "orchestrations", """
        CREATE TABLE instances (
            instance_id         TEXT PRIMARY KEY NOT NULL,
            name                TEXT NOT NULL,
            execution_id        TEXT NOT NULL,
            status              TEXT NOT NULL,
            input               TEXT NULL,
            output              TEXT NULL,
            custom_status       TEXT NULL,
            failure             TEXT NULL,
            parent_instance_id  TEXT NULL,
            parent_task_id      INTEGER NULL,
            parent_execution_id TEXT NULL,
            created_at          INTEGER NOT NULL,
            last_updated_at     INTEGER NOT NULL,
            lock_token          TEXT NULL,
            locked_until        INTEGER NOT NULL DEFAULT 0,
            delivery_count      INTEGER NOT NULL DEFAULT 0,
            history_version     INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE INDEX ix_instances_created ON instances (created_at, instance_id);
        CREATE INDEX ix_instances_status ON instances (status, created_at, instance_id);
        CREATE UNIQUE INDEX ix_instances_lock_token ON instances (lock_token) WHERE lock_token IS NOT NULL;

        CREATE TABLE history (
            instance_id TEXT NOT NULL,
            seq         INTEGER NOT NULL,
            event       TEXT NOT NULL,
            PRIMARY KEY (instance_id, seq)
        ) STRICT;

        CREATE TABLE instance_messages (
            seq          INTEGER PRIMARY KEY,
            instance_id  TEXT NOT NULL,
            execution_id TEXT NULL,
            event_type   TEXT NOT NULL,
            event        TEXT NOT NULL,
            visible_at   INTEGER NOT NULL,
            lock_token   TEXT NULL
        ) STRICT;
        CREATE INDEX ix_instance_messages_visible ON instance_messages (visible_at, seq, instance_id, event_type);
        CREATE INDEX ix_instance_messages_instance ON instance_messages (instance_id, visible_at, seq, event_type);
        CREATE INDEX ix_instance_messages_lock_token ON instance_messages (lock_token) WHERE lock_token IS NOT NULL;

        CREATE TABLE activity_queue (
            seq            INTEGER PRIMARY KEY,
            instance_id    TEXT NOT NULL,
            execution_id   TEXT NULL,
            task_id        INTEGER NOT NULL,
            name           TEXT NOT NULL,
            input          TEXT NULL,
            visible_at     INTEGER NOT NULL,
            lock_token     TEXT NULL,
            delivery_count INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE UNIQUE INDEX ux_activity_queue_request ON activity_queue (instance_id, COALESCE(execution_id, ''), task_id);
        CREATE INDEX ix_activity_queue_visible ON activity_queue (visible_at, seq);

        CREATE TABLE dead_letters (
            seq              INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id      TEXT NOT NULL,
            kind             TEXT NOT NULL,
            payload          TEXT NOT NULL,
            reason           TEXT NOT NULL,
            dead_lettered_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX ix_dead_letters_instance ON dead_letters (instance_id, seq);
        """);
}
