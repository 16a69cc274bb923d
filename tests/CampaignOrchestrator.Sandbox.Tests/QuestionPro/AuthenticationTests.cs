using System.Net;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro;

public sealed class AuthenticationTests
{
    private const string BatchPath = "/a/api/v2/surveys/1001/batches/4001";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    public async Task Get_MissingOrUnknownKey_Answers401(string? apiKey)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, BatchPath, apiKey: apiKey);

        Assert.Equal(401, status);
        Assert.Equal("Incorrect API Key", QuestionProAssert.Error(body, 401, "UNAUTHORIZED", "1010", BatchPath));
    }

    [Fact]
    public async Task Get_KeyInAnotherHeader_Answers401()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, BatchPath);
        request.Headers.Add("apiKey", SampleAccount.ApiKey);

        using var response = await sandbox.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_ReadOnlyKey_Succeeds()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, _) = await sandbox.CallAsync(HttpMethod.Get, BatchPath, apiKey: SampleAccount.ReadOnlyApiKey);

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("POST", "/a/api/v2/surveys/1001/batches")]
    [InlineData("PUT", BatchPath)]
    [InlineData("POST", "/a/api/v2/micropanel/batches")]
    public async Task Write_ReadOnlyKey_Answers403(string method, string path)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(new HttpMethod(method), path, "{}", SampleAccount.ReadOnlyApiKey);

        Assert.Equal(403, status);
        QuestionProAssert.Error(body, 403, "FORBIDDEN", "1013", path);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Theory]
    [InlineData("/a/api/v2/surveys/9999/batches/4001")]
    [InlineData("/a/api/v2/surveys/1001/batches/9999")]
    [InlineData("/a/api/v2/surveys/1002/batches/4001")]
    [InlineData("/a/api/v2/micropanel/filters/9999")]
    [InlineData("/a/api/v2/micropanel/batches/9999")]
    [InlineData("/a/api/v2/no/such/route")]
    public async Task Get_UnknownResourceOrRoute_Answers404(string path)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, path);

        Assert.Equal(404, status);
        QuestionProAssert.Error(body, 404, "NOT_FOUND", "1040", path);
    }

    [Theory]
    [InlineData("/a/api/v2/surveys/abc/batches")]
    [InlineData("/a/api/v2/surveys/0/batches/4001")]
    [InlineData("/a/api/v2/surveys/1001/batches/-4")]
    [InlineData("/a/api/v2/surveys/1001/batches?page=0")]
    [InlineData("/a/api/v2/surveys/1001/batches?perPage=x")]
    [InlineData("/a/api/v2/micropanel/filters/five")]
    public async Task Get_InvalidUrlParameter_Answers400With1000(string path)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, path);

        Assert.Equal(400, status);
        Assert.StartsWith("Invalid URL parameters", QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1000"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/a/api/v2/surveys/1001/batches", "{not json")]
    [InlineData("/a/api/v2/surveys/1001/batches", "")]
    [InlineData("/a/api/v2/micropanel/batches", "{\"compose\":")]
    public async Task Post_BodyNotJson_Answers400With1001(string path, string json)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Post, path, json);

        Assert.Equal(400, status);
        QuestionProAssert.Error(body, 400, "BAD_REQUEST", "1001", path);
    }
}
