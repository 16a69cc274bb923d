using System.ComponentModel.DataAnnotations;

namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>Where the SQLite backend keeps its file and how it opens it (configuration section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The default <see cref="BusyTimeout"/>.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the database file; its folder is created if missing.</summary>
    /// <value>Required; no default.</value>
    [Required(ErrorMessage = "Storage:Sqlite:Path is required: the SQLite database file.")]
    public string Path { get; set; } = string.Empty;

    /// <summary>Gets or sets how hard SQLite works to make commits survive a power loss.</summary>
    /// <value>Default <see cref="SqliteSynchronousMode.Normal"/>: safe against process crashes and corruption; choose
    /// <see cref="SqliteSynchronousMode.Full"/> when losing the last commits to a power loss is unacceptable.</value>
    [EnumDataType(typeof(SqliteSynchronousMode))]
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Normal;

    /// <summary>Gets or sets how long a connection waits for another connection's (or process's) write lock.</summary>
    /// <value>Default 10 seconds; from zero to 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Storage:Sqlite:BusyTimeout must be from 00:00:00 to 00:10:00.")]
    public TimeSpan BusyTimeout { get; set; } = DefaultBusyTimeout;

    /// <summary>Throws when the options are invalid.</summary>
    /// <exception cref="ValidationException">A value is missing or out of range; the message says which.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
