namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>How hard SQLite works to make a commit survive a power loss (<c>PRAGMA synchronous</c>).</summary>
public enum SqliteSynchronousMode
{
    /// <summary>
    /// Syncs the write-ahead log only at checkpoints. The file never corrupts, and a process crash loses nothing, but a
    /// power loss or operating-system crash can roll back the last transactions committed before it. Much faster.
    /// </summary>
    Normal,

    /// <summary>Syncs the write-ahead log on every commit: a committed transaction survives a power loss too.</summary>
    Full,
}
