using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Campaigns;

/// <summary>
/// The host with a campaign directory holding the repository's samples and one broken file. QuestionPro points at a
/// closed loopback port: these tests check what the API answers, not what the runs then do.
/// </summary>
public sealed class CampaignHostFixture : HostFactory
{
    public CampaignHostFixture()
        : base(new Dictionary<string, string?>
        {
            ["Campaigns:Directory"] = CreateCampaignDirectory(),
            ["QuestionPro:BaseUrl"] = "http://127.0.0.1:9/",
        })
    {
    }

    public static string SamplesFolder { get; } = FindSamples();

    private static string CreateCampaignDirectory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "campaign-orchestrator-host-tests", "campaigns-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var sample in Directory.GetFiles(SamplesFolder, "*.json"))
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
        }

        File.WriteAllText(Path.Combine(folder, "broken.json"), """{ "name": "broken", "survey": { "id": -1 }, "apiKey": "do-not-echo-me" }""");
        return folder;
    }

    private static string FindSamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var samples = Path.Combine(folder.FullName, "samples", "campaigns");
            if (Directory.Exists(samples))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException("samples/campaigns was not found above the test's output folder.");
    }
}
