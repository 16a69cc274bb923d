using System.Net;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Keys;

public sealed class ApiKeyTests(HostFixture host) : IClassFixture<HostFixture>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "POST", $"{Api.Base}/orchestrators/{TestOrchestrations.Greeting}" },
        { "POST", $"{Api.Base}/orchestrators/{TestOrchestrations.Greeting}/keys-instance" },
        { "GET", $"{Api.Base}/instances/keys-instance" },
        { "GET", $"{Api.Base}/instances" },
        { "GET", $"{Api.Base}/instances/" },
        { "DELETE", $"{Api.Base}/instances/keys-instance" },
        { "DELETE", $"{Api.Base}/instances?createdTimeFrom=2999-01-01T00:00:00Z" },
        { "POST", $"{Api.Base}/instances/keys-instance/raiseEvent/Approval" },
        { "POST", $"{Api.Base}/instances/keys-instance/terminate" },
        { "POST", $"{Api.Base}/instances/keys-instance/suspend" },
        { "POST", $"{Api.Base}/instances/keys-instance/resume" },
        { "POST", $"{Api.Base}/instances/keys-instance/restart" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithoutKey_Returns401ProblemDetails(string method, string path)
    {
        using var client = host.CreateAnonymousClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithWrongKey_Returns401(string method, string path)
    {
        using var client = host.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("x-functions-key", HostFactory.MasterKey + "x");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithKeyInHeader_IsServed(string method, string path)
    {
        using var client = host.CreateKeyedClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithKeyInCodeParameter_IsServed(string method, string path)
    {
        using var client = host.CreateAnonymousClient();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"{path}{separator}code={HostFactory.MasterKey}"));

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Route_WithWrongKeyInCodeParameter_Returns401()
    {
        using var client = host.CreateAnonymousClient();

        var response = await client.GetAsync($"{Api.Base}/instances?code=not-the-key");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Route_WithKeyOfOtherLength_Returns401()
    {
        using var client = host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("x-functions-key", "short");

        var response = await client.GetAsync($"{Api.Base}/instances");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task Probe_WithoutKey_Returns200(string path)
    {
        using var client = host.CreateAnonymousClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
