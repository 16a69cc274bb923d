namespace CampaignOrchestrator.Campaigns.Tests.Catalog;

/// <summary>A directory of its own for one test, deleted afterwards.</summary>
internal sealed class TempCatalogDirectory : IDisposable
{
    public TempCatalogDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "campaign-catalog-" + Guid.NewGuid().ToString("N"));

    public string Write(string fileName, string content)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
