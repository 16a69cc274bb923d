using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class CampaignDefinitionParserStructureTests
{
    [Theory]
    [InlineData("$.colour=\"blue\"", "$.colour", "unknown property")]
    [InlineData("$.survey.Id=1001", "$.survey.Id", "unknown property; did you mean id?")]
    [InlineData("$.schedule.timezone=\"UTC\"", "$.schedule.timezone", "unknown property; did you mean timeZone?")]
    [InlineData("$.emailInvites[0].reminders[0].subject=\"x\"", "$.emailInvites[0].reminders[0].subject", "unknown property")]
    [InlineData("$.emailInvites[1].emailTemplate.emailFrom=\"a@example.com\"", "$.emailInvites[1].emailTemplate.emailFrom", "unknown property")]
    [InlineData("$.micropanel.send={}", "$.micropanel.send", "unknown property")]
    [InlineData("$.micropanel.compose.surveyID=1001", "$.micropanel.compose.surveyID", "unknown property")]
    [InlineData("$.monitoring.stop after=1", "$.monitoring['stop after']", "unknown property")]
    public void Parse_UnknownProperty_ReportedAtItsPath(string edits, string path, string message)
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit(edits));

        var failure = Assert.Single(result.Failures);
        Assert.Equal((path, message), (failure.Path, failure.Message));
    }

    [Fact]
    public void Parse_SchemaProperty_IsAllowedAtTheRoot()
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit("$.$schema=\"../../schemas/campaign.schema.json\""));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Failures));
    }

    [Fact]
    public void Parse_DuplicateProperty_Reported()
    {
        var json = DefinitionDocuments.Valid.Replace("\"name\": \"spring-nps\",", "\"name\": \"spring-nps\", \"name\": \"autumn-nps\",", StringComparison.Ordinal);

        var failure = Assert.Single(CampaignDefinitionParser.Parse(json).Failures);

        Assert.Equal(("$.name", "duplicate property"), (failure.Path, failure.Message));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"campaign\"")]
    [InlineData("null")]
    public void Parse_RootNotAnObject_ReportsOneFailure(string json)
    {
        var failure = Assert.Single(CampaignDefinitionParser.Parse(json).Failures);

        Assert.Equal(("$", "expected an object"), (failure.Path, failure.Message));
    }

    [Theory]
    [InlineData("{\n  \"name\": \"x\",\n  \"survey\": { \"id\": 1001 ]\n}", 3, "line 3, position 26")]
    [InlineData("", 1, "line 1, position 1")]
    [InlineData("{\"name\": \"x\"", 1, "line 1, position")]
    public void Parse_MalformedJson_ReportsOneFailureWithLineAndPosition(string json, int line, string location)
    {
        var failure = Assert.Single(CampaignDefinitionParser.Parse(json).Failures);

        Assert.Equal("$", failure.Path);
        Assert.StartsWith("malformed JSON at ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(location, failure.Message, StringComparison.Ordinal);
        Assert.Contains($"line {line},", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJsonAroundASecret_DoesNotEchoIt()
    {
        var failure = Assert.Single(CampaignDefinitionParser.Parse("{\"apiKey\": Zq9SECRETVALUE}").Failures);

        Assert.StartsWith("malformed JSON at line 1, position 12", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Z", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var json = DefinitionDocuments.Valid.Replace("\"name\": \"spring-nps\",", "// the campaign\n\"name\": \"spring-nps\",", StringComparison.Ordinal)
            .Replace("\"catchUp\": \"latest\" }", "\"catchUp\": \"latest\", }", StringComparison.Ordinal);

        Assert.True(CampaignDefinitionParser.Parse(json).IsValid);
    }

    [Fact]
    public void Parse_Utf8Bytes_ReadsTheSameDefinition()
    {
        var fromText = CampaignDefinitionParser.Parse(DefinitionDocuments.Valid);
        var fromBytes = CampaignDefinitionParser.Parse(System.Text.Encoding.UTF8.GetBytes(DefinitionDocuments.Valid));

        Assert.True(fromBytes.IsValid);
        Assert.Equal(CampaignDefinitionJson.Serialize(fromText.Definition!), CampaignDefinitionJson.Serialize(fromBytes.Definition));
    }

    [Fact]
    public void Parse_ManyProblems_ReportsAllOfThemAtOnce()
    {
        var json = DefinitionDocuments.Edit(
            "$.name=\"Spring NPS\"|$.survey.datacenter=\"MARS\"|$.colour=1|$.apiKey=\"k\"" +
            "|$.emailInvites[1].emailTemplate.content=\"no link\"|$.emailInvites[0].reminders[0].mode=7" +
            "|$.micropanel.recipients={\"filterType\":2}|$.micropanel.sendOptions.automaticClosure.closureDateTime=\"tomorrow\"" +
            "|$.monitoring.pollInterval=\"PT10S\"|$.schedule.cron=\"* * *\"");

        var failures = CampaignDefinitionParser.Parse(json).Failures.Select(f => f.Path);

        string[] expected =
        [
            "$.apiKey", "$.colour", "$.name", "$.survey.datacenter", "$.emailInvites[0].reminders[0].mode",
            "$.emailInvites[1].emailTemplate.content", "$.micropanel.recipients.emailAddress",
            "$.micropanel.sendOptions.automaticClosure.closureDateTime", "$.monitoring.pollInterval", "$.schedule.cron",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), failures.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GetDefinitionOrThrow_Failures_ThrowsWithEveryFailure()
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit("$.name=\"X\"|$.survey.id=0"));

        var exception = Assert.Throws<CampaignDefinitionException>(result.GetDefinitionOrThrow);

        Assert.Equal(result.Failures, exception.Failures);
        Assert.Contains("$.name: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.survey.id: must be a positive integer", exception.Message, StringComparison.Ordinal);
        Assert.Equal(["$.name", "$.survey.id"], exception.ToErrors().Keys);
    }
}
