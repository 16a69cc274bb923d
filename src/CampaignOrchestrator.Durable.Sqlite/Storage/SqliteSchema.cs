namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>
/// The ordered schema of the SQLite backend. To change the schema, append one migration with the next version; never
/// edit or reorder a migration that has shipped, since files already at that version will not run it again.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        AppQueueSchema.Migration,
        LeaseSchema.Migration,
        OrchestrationSchema.Migration,
        IdempotencySchema.Migration,
    ];

    /// <summary>Throws unless versions run 1, 2, 3 and so on without gaps.</summary>
    /// <param name="migrations">The list to check.</param>
    /// <exception cref="ArgumentException">The list is out of order or has a gap.</exception>
    public static void ThrowIfOutOfOrder(IReadOnlyList<SqliteMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new ArgumentException(
                    $"Migration '{migrations[i].Name}' is at position {i + 1} but has version {migrations[i].Version}; versions must run 1, 2, 3 and so on.",
                    nameof(migrations));
            }
        }
    }
}
