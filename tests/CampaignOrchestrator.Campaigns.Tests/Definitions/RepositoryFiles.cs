namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

/// <summary>Finds files of the repository (samples, schema) from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CampaignOrchestrator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CampaignOrchestrator.sln) was not found above " + AppContext.BaseDirectory);
    }
}
