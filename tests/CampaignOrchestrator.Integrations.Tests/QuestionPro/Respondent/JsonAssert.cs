using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro.Respondent;

/// <summary>Compares JSON exactly: same keys in the same order, same value kinds (a string "1" is not the number 1).</summary>
internal static class JsonAssert
{
    public static void Equal(string expectedJson, JsonNode actual) =>
        Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), actual.ToJsonString());
}
