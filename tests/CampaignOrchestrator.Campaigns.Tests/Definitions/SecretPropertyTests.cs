using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Tests.Definitions;

public sealed class SecretPropertyTests
{
    private const string SecretValue = "Zq9-very-secret-value";
    private const string Message =
        "secrets are not allowed in a campaign definition; they come from configuration (QuestionPro:ApiKey, SatisMeter:WriteKey)";

    [Theory]
    [InlineData("$.apiKey", "$.apiKey")]
    [InlineData("$.api_key", "$.api_key")]
    [InlineData("$.APIKEY", "$.APIKEY")]
    [InlineData("$.x-api-key", "$['x-api-key']")]
    [InlineData("$.writeKey", "$.writeKey")]
    [InlineData("$.satisMeterWriteKey", "$.satisMeterWriteKey")]
    [InlineData("$.password", "$.password")]
    [InlineData("$.secret", "$.secret")]
    [InlineData("$.token", "$.token")]
    [InlineData("$.accessToken", "$.accessToken")]
    [InlineData("$.clientSecret", "$.clientSecret")]
    [InlineData("$.client_secret", "$.client_secret")]
    [InlineData("$.survey.apiKey", "$.survey.apiKey")]
    [InlineData("$.emailInvites[0].reminders[0].Token", "$.emailInvites[0].reminders[0].Token")]
    [InlineData("$.micropanel.compose.incentives.password", "$.micropanel.compose.incentives.password")]
    [InlineData("$.schedule.refresh_token", "$.schedule.refresh_token")]
    public void Parse_SecretLikeProperty_RefusedAtItsPathWithoutItsValue(string edit, string path)
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit($"{edit}=\"{SecretValue}\""));

        var failure = Assert.Single(result.Failures);
        Assert.Equal((path, Message), (failure.Path, failure.Message));
        Assert.DoesNotContain(SecretValue, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretValue, Assert.Throws<CampaignDefinitionException>(result.GetDefinitionOrThrow).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SecretInsideAnUnknownProperty_ReportsBothAtTheirPaths()
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit($"$.settings=[{{\"nested\":{{\"clientSecret\":\"{SecretValue}\"}}}}]"));

        Assert.Equal(
            ["$.settings: unknown property", "$.settings[0].nested.clientSecret: " + Message],
            result.Failures.Select(f => f.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_SecretWithObjectValue_ReportedOnce()
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit($"$.monitoring.credentials={{\"password\":\"{SecretValue}\",\"user\":\"u\"}}"));

        Assert.Equal(
            ["$.monitoring.credentials.password: " + Message, "$.monitoring.credentials: unknown property"],
            result.Failures.Select(f => f.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("emailListId")]
    [InlineData("takenTarget")]
    [InlineData("templateId")]
    [InlineData("batchName")]
    public void Parse_OrdinaryName_IsNotASecret(string name)
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit($"$.extra.{name}=1"));

        Assert.Equal("$.extra: unknown property", Assert.Single(result.Failures).ToString());
    }

    [Fact]
    public void Parse_SecretLookingTextInAValue_IsAllowed()
    {
        var result = CampaignDefinitionParser.Parse(DefinitionDocuments.Edit(
            "$.emailInvites[1].emailTemplate.content=\"Your access token is not needed: <SURVEY_LINK>\""));

        Assert.True(result.IsValid);
    }
}
