using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Log messages of the SQLite backend.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Applied schema migration {Version} ({MigrationName}) to {Path}")]
    public static partial void SchemaMigrationApplied(ILogger logger, int version, string migrationName, string path);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "SQLite journal mode for {Path} is {JournalMode}, not WAL; concurrent readers will wait for writers")]
    public static partial void JournalModeNotWal(ILogger logger, string path, string journalMode);
}
