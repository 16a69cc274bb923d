using System.Text.Json.Nodes;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox.Tests.SatisMeter;

public sealed class InsertResponseTests
{
    private const string Path = "/api/responses";

    [Fact]
    public async Task Insert_ValidResponse_Returns200WithIdAndRecordsIt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = Body();
        body["traits"] = new JsonObject { ["name"] = "James Bond", ["email"] = "" };

        var (status, response) = await PostAsync(sandbox, body);

        Assert.Equal(200, status);
        var id = response.GetProperty("id").GetString();
        Assert.Matches("^[0-9a-f]{24}$", id);
        var entry = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.SatisMeterResponseRecorded));
        Assert.Equal(id, entry.Details.GetProperty("responseId").GetString());
        Assert.Equal("sandbox-campaign", entry.Details.GetProperty("campaign").GetString());
        Assert.Equal("In-App", entry.Details.GetProperty("method").GetString());
        Assert.Equal("007", entry.Details.GetProperty("userId").GetString());
        Assert.Equal(9, entry.Details.GetProperty("answers")[0].GetProperty("value").GetInt32());
        Assert.Equal("James Bond", entry.Details.GetProperty("traits").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Insert_SameUserTwiceWithinWindow_SecondIsDuplicate()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.DuplicateWindow = TimeSpan.FromDays(1));

        Assert.Equal(200, (await PostAsync(sandbox, Body())).Status);
        var (status, response) = await PostAsync(sandbox, Body());
        Assert.Equal(400, status);
        Assert.Equal("Duplicate response", response.GetProperty("message").GetString());

        var anonymous = Body();
        anonymous.Remove("userId");
        anonymous["anonymousId"] = "007";
        Assert.Equal(200, (await PostAsync(sandbox, anonymous)).Status);

        sandbox.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(200, (await PostAsync(sandbox, Body())).Status);
        Assert.Equal(3, sandbox.Server.GetLedger(LedgerKinds.SatisMeterResponseRecorded).Count);
    }

    [Fact]
    public async Task Insert_ForceSurvey_BypassesDuplicateAndTargeting()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var forced = Body();
        forced["forceSurvey"] = true;
        var targeted = Body("sandbox-targeted-campaign");
        targeted["forceSurvey"] = true;

        await PostAsync(sandbox, Body());

        Assert.Equal(200, (await PostAsync(sandbox, forced)).Status);
        Assert.Equal(200, (await PostAsync(sandbox, targeted)).Status);
    }

    [Fact]
    public async Task Insert_TargetedCampaign_RequiresMatchingTraits()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var free = Body("sandbox-targeted-campaign", "u1");
        free["traits"] = new JsonObject { ["plan"] = "free" };
        var pro = Body("sandbox-targeted-campaign", "u2");
        pro["traits"] = new JsonObject { ["plan"] = "pro" };

        Assert.Equal(400, (await PostAsync(sandbox, Body("sandbox-targeted-campaign", "u0"))).Status);
        var (status, response) = await PostAsync(sandbox, free);
        Assert.Equal(400, status);
        Assert.Equal("Duplicate response", response.GetProperty("message").GetString());
        Assert.Equal(200, (await PostAsync(sandbox, pro)).Status);
    }

    [Fact]
    public async Task Insert_KnownUserWithoutTraits_UsesTheStoredTraits()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var first = Body("sandbox-campaign", "u9");
        first["traits"] = new JsonObject { ["plan"] = "pro" };
        await PostAsync(sandbox, first);

        Assert.Equal(200, (await PostAsync(sandbox, Body("sandbox-targeted-campaign", "u9"))).Status);
    }

    [Theory]
    [InlineData("method", "\"Fax\"", 400, "method must be one of In-App, Mobile, Email")]
    [InlineData("answers", "[]", 400, "answers must be a non-empty array of {id, value}")]
    [InlineData("answers", "[{\"id\":\"q1\",\"value\":true}]", 400, "answers[0].value must be an integer or a non-empty string")]
    [InlineData("answers", "[{\"value\":3}]", 400, "answers[0].id must be a non-empty string")]
    [InlineData("anonymousId", "\"a-1\"", 400, "Exactly one of userId and anonymousId is required")]
    [InlineData("userId", null, 400, "Exactly one of userId and anonymousId is required")]
    [InlineData("traits", "[1]", 400, "traits must be an object")]
    [InlineData("forceSurvey", "\"yes\"", 400, "forceSurvey must be true or false")]
    [InlineData("campaign", "\"no-such-campaign\"", 404, "Campaign not found")]
    [InlineData("campaign", null, 400, "campaign is required")]
    [InlineData("writeKey", "\"wrong\"", 401, "Invalid write key")]
    [InlineData("writeKey", null, 401, "Invalid write key")]
    public async Task Insert_InvalidField_AnswersStatusWithMessage(string field, string? json, int expectedStatus, string message)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = Body();
        if (json is null)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = JsonNode.Parse(json);
        }

        var (status, response) = await PostAsync(sandbox, body);

        Assert.Equal(expectedStatus, status);
        Assert.Equal(message, response.GetProperty("message").GetString());
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Theory]
    [InlineData("Mobile")]
    [InlineData("Email")]
    public async Task Insert_OtherMethods_AreAccepted(string method)
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var body = Body();
        body["method"] = method;
        body["answers"] = new JsonArray(new JsonObject { ["id"] = "q2", ["value"] = "Great" });

        Assert.Equal(200, (await PostAsync(sandbox, body)).Status);
    }

    [Fact]
    public async Task Insert_RateLimitConfigured_Answers429PerWriteKey()
    {
        await using var sandbox = await SandboxHarness.StartAsync(options => options.SatisMeterRateLimit = new RateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromSeconds(1) });
        var forced = Body();
        forced["forceSurvey"] = true;

        Assert.Equal(200, (await PostAsync(sandbox, forced)).Status);
        Assert.Equal(200, (await PostAsync(sandbox, forced)).Status);
        var (status, response) = await PostAsync(sandbox, forced);
        Assert.Equal(429, status);
        Assert.Equal("Too many requests", response.GetProperty("message").GetString());

        sandbox.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await PostAsync(sandbox, forced)).Status);
    }

    [Fact]
    public async Task Insert_NoRateLimitByDefault()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var forced = Body();
        forced["forceSurvey"] = true;

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(200, (await PostAsync(sandbox, forced)).Status);
        }
    }

    private static JsonObject Body(string campaign = "sandbox-campaign", string userId = "007") => new()
    {
        ["writeKey"] = "sandbox-write-key",
        ["campaign"] = campaign,
        ["answers"] = new JsonArray(new JsonObject { ["id"] = "q1", ["value"] = 9 }),
        ["userId"] = userId,
    };

    private static Task<(int Status, System.Text.Json.JsonElement Body)> PostAsync(SandboxHarness sandbox, JsonObject body) =>
        sandbox.CallAsync(HttpMethod.Post, Path, body.ToJsonString(), apiKey: null);
}
