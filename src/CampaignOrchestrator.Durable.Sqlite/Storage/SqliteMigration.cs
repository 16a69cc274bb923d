namespace CampaignOrchestrator.Durable.Sqlite;

/// <summary>One step of the schema: applied once per database file, in version order, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">The schema version this step produces; the steps are numbered 1, 2, 3 and so on.</param>
/// <param name="Name">What the step adds, for the record and the log.</param>
/// <param name="Sql">The statements, run in the migration's write transaction.</param>
internal sealed record SqliteMigration(int Version, string Name, string Sql);
