namespace CampaignOrchestrator.Host.Engine;

/// <summary>Which backend stores orchestrations (configuration section <c>Storage</c>).</summary>
internal sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>The embedded SQLite backend.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The Azure Storage backend (account from <c>AzureWebJobsStorage</c>).</summary>
    public const string AzureStorage = "AzureStorage";

    /// <summary>The default SQLite file, relative to the current directory.</summary>
    public const string DefaultSqlitePath = "./.data/durable.db";

    /// <summary>Gets or sets the backend.</summary>
    /// <value><c>Sqlite</c> (default) or <c>AzureStorage</c>.</value>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Returns whether a provider name means SQLite.</summary>
    /// <param name="provider">The configured name.</param>
    /// <returns><see langword="true"/> for <c>Sqlite</c>, in any case.</returns>
    public static bool IsSqlite(string? provider) => string.Equals(provider ?? Sqlite, Sqlite, StringComparison.OrdinalIgnoreCase);
}
