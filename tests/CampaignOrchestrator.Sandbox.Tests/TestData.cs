namespace CampaignOrchestrator.Sandbox.Tests;

/// <summary>Writes sandbox data files for tests.</summary>
internal static class TestData
{
    public static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sandbox-data-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
