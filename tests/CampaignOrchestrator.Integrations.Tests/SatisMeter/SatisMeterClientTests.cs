using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using static CampaignOrchestrator.Integrations.Tests.TestSupport.StubHttpHandler;

namespace CampaignOrchestrator.Integrations.Tests.SatisMeter;

public sealed class SatisMeterClientTests
{
    private static readonly InsertResponseRequest Request = new()
    {
        Campaign = "sandbox-campaign",
        Method = SatisMeterMethod.Mobile,
        Answers = [SatisMeterAnswer.FromRating("nps", 9), SatisMeterAnswer.FromText("why", "fast")],
        UserId = "007",
        Traits = new JsonObject { ["plan"] = "pro" },
    };

    [Fact]
    public async Task InsertResponseAsync_PutsWriteKeyInBodyOnly()
    {
        var stub = new StubHttpHandler(Respond(200, """{"id":"x"}"""));
        using var harness = new ClientHarness(stub);

        var result = await harness.SatisMeter.InsertResponseAsync(Request);

        Assert.Equal(InsertResponseOutcome.Recorded, result.Outcome);
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("http://satismeter.test/api/responses", sent.Uri.AbsoluteUri);
        Assert.DoesNotContain(sent.Headers.Values, v => v.Contains(ClientHarness.WriteKey, StringComparison.Ordinal));
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal(ClientHarness.WriteKey, root.GetProperty("writeKey").GetString());
        Assert.Equal("Mobile", root.GetProperty("method").GetString());
        Assert.Equal(9, root.GetProperty("answers")[0].GetProperty("value").GetInt32());
        Assert.Equal("fast", root.GetProperty("answers")[1].GetProperty("value").GetString());
        Assert.Equal("007", root.GetProperty("userId").GetString());
        Assert.False(root.TryGetProperty("anonymousId", out _));
        Assert.False(root.TryGetProperty("forceSurvey", out _));
    }

    [Fact]
    public async Task InsertResponseAsync_On500_IsNotResentAndIsAmbiguous()
    {
        var stub = new StubHttpHandler(Respond(500, "oops"), Respond(200));
        using var harness = new ClientHarness(stub);

        var result = await harness.SatisMeter.InsertResponseAsync(Request);

        Assert.Equal(InsertResponseOutcome.TransientFailure, result.Outcome);
        Assert.Equal(VendorEffect.Unknown, result.Effect);
        Assert.Equal(1, stub.CallCount);
    }

    [Fact]
    public async Task InsertResponseAsync_ConnectionRefused_IsRetriedThenRecorded()
    {
        var stub = new StubHttpHandler(Throw(new HttpRequestException(HttpRequestError.ConnectionError, "refused")), Respond(201));
        using var harness = new ClientHarness(stub);

        var result = await harness.SatisMeter.InsertResponseAsync(Request);

        Assert.Equal(InsertResponseOutcome.Recorded, result.Outcome);
        Assert.Equal(2, stub.CallCount);
    }

    [Fact]
    public async Task InsertResponseAsync_NetworkFailureMidFlight_IsTransientAndAmbiguous()
    {
        var stub = new StubHttpHandler(Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")));
        using var harness = new ClientHarness(stub);

        var result = await harness.SatisMeter.InsertResponseAsync(Request);

        Assert.Equal(InsertResponseOutcome.TransientFailure, result.Outcome);
        Assert.Equal(VendorEffect.Unknown, result.Effect);
        Assert.Equal(1, stub.CallCount);
    }
}
