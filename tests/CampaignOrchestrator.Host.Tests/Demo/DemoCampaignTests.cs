using System.Text.Json.Nodes;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Host.Demo;
using CampaignOrchestrator.Host.Tests.Campaigns;

namespace CampaignOrchestrator.Host.Tests.Demo;

public sealed class DemoCampaignTests
{
    private static readonly DateTimeOffset ClosureAt = new(2026, 3, 2, 21, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Definition_IsValid_WithEveryFeatureTheDemoShows()
    {
        var parsed = CampaignDefinitionParser.Parse(DemoCampaign.Json(ClosureAt));

        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Failures));
        var definition = parsed.Definition!;
        Assert.Equal(DemoCampaign.Name, definition.Name);
        Assert.Equal(2, definition.EmailInvites.Count);
        Assert.Single(definition.EmailInvites[0].Reminders);
        Assert.NotNull(definition.Micropanel);
        Assert.NotNull(definition.Monitoring.TakenTarget);
        Assert.NotNull(definition.Monitoring.RunFor);
    }

    [Fact]
    public void Definition_SetsTheMicropanelClosureInTheVendorFormat()
    {
        var closure = JsonNode.Parse(DemoCampaign.Json(ClosureAt))!["micropanel"]!["sendOptions"]!["automaticClosure"]!["closureDateTime"]!;

        Assert.Equal("03/02/2026 21:30", closure.GetValue<string>());
    }

    [Fact]
    public void Definition_IsTheSampleWithShorterTimings()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(CampaignHostFixture.SamplesFolder, "sandbox-spring-nps.json")))!.AsObject();
        var demo = JsonNode.Parse(DemoCampaign.Json(ClosureAt))!.AsObject();

        // What the demo changes, and nothing else.
        sample.Remove("$schema");
        foreach (var node in new[] { sample, demo })
        {
            node["name"] = "x";
            node["emailInvites"]![0]!["reminders"]![0]!["after"] = "x";
            node["emailInvites"]![1]!["startAfter"] = "x";
            node["micropanel"]!["sendOptions"]!["automaticClosure"]!["closureDateTime"] = "x";
            node["monitoring"]!["runFor"] = "x";
            node["monitoring"]!["takenTarget"] = 1;
        }

        Assert.True(JsonNode.DeepEquals(sample, demo), $"sample: {sample.ToJsonString()}{Environment.NewLine}demo: {demo.ToJsonString()}");
    }

    [Fact]
    public void WriteTo_WritesTheStoredCampaignFileClosingTheMicropanelLater()
    {
        var folder = Directory.CreateTempSubdirectory("demo-campaign-");
        try
        {
            var start = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
            DemoCampaign.WriteTo(folder.FullName, start);

            var text = File.ReadAllText(Path.Combine(folder.FullName, DemoCampaign.Name + ".json"));
            Assert.Equal(DemoCampaign.Json(start + DemoCampaign.MicropanelOpenFor), text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
