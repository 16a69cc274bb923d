using System.Text.Json;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CampaignOrchestrator.Integrations.Tests.TestSupport.StubHttpHandler;

namespace CampaignOrchestrator.Integrations.Tests.QuestionPro;

public sealed class QuestionProClientTests
{
    private const string BatchBody = """{"response":{"emailBatchID":4002,"surveyID":1001},"requestID":"r"}""";

    [Fact]
    public async Task CreateAsync_SendsKeyHeaderAndVendorFieldNames()
    {
        var stub = new StubHttpHandler(Respond(200, BatchBody));
        using var harness = new ClientHarness(stub);

        await harness.EmailBatches.CreateAsync(1001, CreateEmailBatchRequest.ForList(2001, new EmailTemplate("Hi", "Go: <SURVEY_LINK>")));

        var request = Assert.Single(stub.Requests);
        Assert.Equal("http://questionpro.test/a/api/v2/surveys/1001/batches", request.Uri.AbsoluteUri);
        Assert.Equal(ClientHarness.ApiKey, request.Headers["api-key"]);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(3, body.RootElement.GetProperty("mode").GetInt32());
        Assert.Equal(2001, body.RootElement.GetProperty("emailListID").GetInt64());
        Assert.Equal("Go: <SURVEY_LINK>", body.RootElement.GetProperty("emailTemplate").GetProperty("content").GetString());
        Assert.False(body.RootElement.TryGetProperty("templateID", out _));
    }

    [Fact]
    public async Task CreateAsync_InvalidRequest_SendsNothing()
    {
        var stub = new StubHttpHandler(Respond(200, BatchBody));
        using var harness = new ClientHarness(stub);

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => harness.EmailBatches.CreateAsync(1001, CreateEmailBatchRequest.ForList(2001, new EmailTemplate("Hi", "no link"))));

        Assert.Equal("$.emailTemplate.content", Assert.Single(error.Failures).Path);
        Assert.Equal(0, stub.CallCount);
    }

    [Fact]
    public async Task GetAsync_SuccessBodyNotJson_ThrowsUnreadableWithExcerpt()
    {
        var stub = new StubHttpHandler(Respond(200, "<html>maintenance</html>"));
        using var harness = new ClientHarness(stub);

        var error = await Assert.ThrowsAsync<QuestionProException>(() => harness.EmailBatches.GetAsync(1001, 4001));

        Assert.Equal(QuestionProFailureKind.UnreadableResponse, error.Failure.Kind);
        Assert.Contains("<html>maintenance</html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_NeverLogTheApiKey()
    {
        var stub = new StubHttpHandler(Respond(401, """{"response":{"error":{"name":"UNAUTHORIZED","httpStatusCode":401,"id":"1010","message":"Incorrect API Key"}}}"""));
        using var harness = new ClientHarness(stub);

        var error = await Assert.ThrowsAsync<QuestionProException>(() => harness.EmailBatches.GetAsync(1001, 4001));

        Assert.NotEmpty(harness.Logs.Collector.GetSnapshot());
        var leaks = harness.Logs.Collector.GetSnapshot()
            .Where(r => r.Message.Contains(ClientHarness.ApiKey, StringComparison.Ordinal)
                        || r.StructuredState?.Any(s => s.Value?.Contains(ClientHarness.ApiKey, StringComparison.Ordinal) == true) == true)
            .Select(r => r.Message);
        Assert.Empty(leaks);
        Assert.DoesNotContain(ClientHarness.ApiKey, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "https://api.questionpro.com/a/api/v2/")]
    [InlineData("eu", "https://api.questionpro.eu/a/api/v2/")]
    [InlineData("AU", "https://api.questionpro.au/a/api/v2/")]
    [InlineData("KSA", "https://api.questionprosa.com/a/api/v2/")]
    public void ResolveApiBaseAddress_Datacenter_PicksItsHost(string datacenter, string expected) =>
        Assert.Equal(expected, new QuestionProOptions { Datacenter = datacenter }.ResolveApiBaseAddress().AbsoluteUri);

    [Theory]
    [InlineData("http://127.0.0.1:7072", "http://127.0.0.1:7072/a/api/v2/")]
    [InlineData("http://127.0.0.1:7072/sandbox/", "http://127.0.0.1:7072/sandbox/a/api/v2/")]
    [InlineData("https://proxy.example/a/api/v2", "https://proxy.example/a/api/v2/")]
    public void ResolveApiBaseAddress_BaseUrl_OverridesDatacenter(string baseUrl, string expected) =>
        Assert.Equal(expected, new QuestionProOptions { Datacenter = "EU", BaseUrl = new Uri(baseUrl) }.ResolveApiBaseAddress().AbsoluteUri);

    [Fact]
    public void Options_MissingKeyAndUnknownDatacenter_FailWithConfigurationNames()
    {
        using var harness = new ClientHarness(questionPro: o =>
        {
            o.ApiKey = string.Empty;
            o.BaseUrl = null;
            o.Datacenter = "MARS";
            o.RateLimit.PermitLimit = 0;
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IOptions<QuestionProOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("QuestionPro:ApiKey is required", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("QuestionPro:Datacenter 'MARS' is unknown", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("QuestionPro:RateLimit:PermitLimit", StringComparison.Ordinal));
    }
}
