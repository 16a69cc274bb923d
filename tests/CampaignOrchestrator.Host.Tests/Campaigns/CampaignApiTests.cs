using System.Net;
using System.Text.Json;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Campaigns;

public sealed class CampaignApiTests(CampaignHostFixture host) : IClassFixture<CampaignHostFixture>
{
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task Validate_Sample_Returns200WithTheName()
    {
        var response = await _client.PostAsync("/api/campaigns/validate", Api.Json(await SampleAsync()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("sandbox-spring-nps", (await Api.ReadJsonAsync(response)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Validate_Invalid_Returns400WithEveryProblemByJsonPathAndNoSecret()
    {
        var response = await _client.PostAsync("/api/campaigns/validate", Api.Json("""{ "name": "Bad Name", "survey": { "id": 0 }, "writeKey": "hush-hush-value" }"""));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.name", out _));
        Assert.True(errors.TryGetProperty("$.writeKey", out _));
        Assert.DoesNotContain("hush-hush-value", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartStored_KnownCampaign_Returns202CheckStatusAndStartsTheRunWithTheDefinitionSnapshot()
    {
        var response = await _client.PostAsync("/api/campaigns/sandbox-spring-nps/runs?instanceId=spring-run-1", null);
        var body = await Api.ReadJsonAsync(response);
        var state = await host.Durable.GetAsync("spring-run-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("spring-run-1", body.GetProperty("id").GetString());
        Assert.Equal(body.GetProperty("statusQueryGetUri").GetString(), response.Headers.Location?.ToString());
        Assert.Equal(CampaignRunOrchestrator.Name, state!.Name);
        Assert.Contains("\"sandbox-spring-nps\"", state.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartStored_SameInstanceIdTwice_ReturnsTheExistingRun()
    {
        var first = await _client.PostAsync("/api/campaigns/sandbox-spring-nps/runs?instanceId=spring-run-twice", null);
        var before = await host.Durable.GetAsync("spring-run-twice");
        var second = await _client.PostAsync("/api/campaigns/minimal-invite/runs?instanceId=spring-run-twice", null);
        var after = await host.Durable.GetAsync("spring-run-twice");

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, second.StatusCode));
        Assert.Equal(before!.ExecutionId, after!.ExecutionId);
        Assert.Equal(before.Input, after.Input);
    }

    [Fact]
    public async Task StartStored_UnknownCampaign_Returns404()
    {
        var response = await _client.PostAsync("/api/campaigns/no-such-campaign/runs", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StartStored_InvalidStoredDefinition_Returns400WithoutTheSecret()
    {
        var response = await _client.PostAsync("/api/campaigns/broken/runs", null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.apiKey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-echo-me", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartStored_InstanceIdNotUrlSafe_Returns400()
    {
        var response = await _client.PostAsync("/api/campaigns/sandbox-spring-nps/runs?instanceId=bad%20id", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StartInline_ValidDefinition_Returns202AndGeneratedIdStartsWithTheName()
    {
        var response = await _client.PostAsync("/api/campaign-runs", Api.Json(await SampleAsync()));
        var id = (await Api.ReadJsonAsync(response)).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.StartsWith("sandbox-spring-nps-", id, StringComparison.Ordinal);
        Assert.NotNull(await host.Durable.GetAsync(id));
    }

    [Theory]
    [InlineData("/api/campaigns/validate")]
    [InlineData("/api/campaigns/sandbox-spring-nps/runs")]
    [InlineData("/api/campaign-runs")]
    public async Task CampaignRoutes_WithoutKey_Return401(string path)
    {
        var response = await host.CreateAnonymousClient().PostAsync(path, Api.Json("{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static Task<string> SampleAsync() => File.ReadAllTextAsync(Path.Combine(CampaignHostFixture.SamplesFolder, "sandbox-spring-nps.json"));
}
