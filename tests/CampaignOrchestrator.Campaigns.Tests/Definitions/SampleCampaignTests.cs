using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class SampleCampaignTests
{
    public static TheoryData<string> Samples() => new(SampleFileNames());

    private static IEnumerable<string> SampleFileNames() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("samples", "campaigns"), "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_HasNoFailures(string fileName)
    {
        var result = CampaignDefinitionParser.Parse(File.ReadAllText(RepositoryFiles.PathOf("samples", "campaigns", fileName)));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Failures));
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), result.Definition.Name);
    }

    [Fact]
    public void Samples_Directory_HoldsTheThreeDocumentedSamples()
    {
        var names = SampleFileNames().ToList();

        Assert.Contains("sandbox-spring-nps.json", names);
        Assert.Contains("minimal-invite.json", names);
        Assert.Contains("weekly-pulse.json", names);
    }
}
