namespace CampaignOrchestrator.Host.Demo;

/// <summary>Where the demo keeps its files: one folder with the SQLite database and the campaign directory.</summary>
/// <param name="Folder">The folder (absolute).</param>
internal sealed record DemoPaths(string Folder)
{
    /// <summary>The database file name.</summary>
    public const string DatabaseFileName = "demo.db";

    /// <summary>Gets the SQLite file.</summary>
    public string Database => Path.Combine(Folder, DatabaseFileName);

    /// <summary>Gets the campaign directory (<c>Campaigns:Directory</c>).</summary>
    public string Campaigns => Path.Combine(Folder, "demo-campaigns");

    /// <summary>Resolves the folder against the current directory.</summary>
    /// <param name="folder">The configured folder.</param>
    /// <returns>The paths.</returns>
    public static DemoPaths For(string folder) => new(Path.GetFullPath(folder));

    /// <summary>Deletes the previous demo's database (with its WAL files) and campaign file, so every run starts clean.</summary>
    public void Reset()
    {
        Directory.CreateDirectory(Folder);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(Database + suffix);
        }

        if (Directory.Exists(Campaigns))
        {
            Directory.Delete(Campaigns, recursive: true);
        }

        Directory.CreateDirectory(Campaigns);
    }
}
