namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>How the backend stores instants: Unix time in milliseconds, UTC, in INTEGER columns.</summary>
internal static class SqliteTime
{
    /// <summary>Converts an instant to its stored form.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Milliseconds since the Unix epoch.</returns>
    public static long ToStored(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    /// <summary>Converts a stored instant back, in UTC.</summary>
    /// <param name="milliseconds">Milliseconds since the Unix epoch.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset FromStored(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
