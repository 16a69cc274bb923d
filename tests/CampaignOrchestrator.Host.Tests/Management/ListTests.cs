using System.Net;
using System.Text.Json;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class ListTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string ContinuationHeader = "x-ms-continuation-token";
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task List_TopWithContinuationHeader_PagesThroughThreePages()
    {
        for (var i = 1; i <= 7; i++)
        {
            await Api.StartIdAsync(_client, TestOrchestrations.Greeting, $"paging-{i}", $"\"{i}\"");
        }

        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? token = null;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api.Base}/instances/?instanceIdPrefix=paging-&top=3");
            if (token is not null)
            {
                request.Headers.Add(ContinuationHeader, token);
            }

            var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.TryGetValues(ContinuationHeader, out var tokens), "The continuation header is always set.");
            token = tokens.Single();
            var page = (await Api.ReadJsonAsync(response)).EnumerateArray().ToList();
            pageSizes.Add(page.Count);
            seen.AddRange(page.Select(instance => instance.GetProperty("instanceId").GetString()!));
        }
        while (!string.IsNullOrEmpty(token));

        Assert.Equal([3, 3, 1], pageSizes);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"paging-{i}").Order(), seen.Order());
    }

    [Fact]
    public async Task List_Instances_HaveStatusPayloadsWithoutInputByDefault()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "list-shape", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var plain = await ListAsync("?instanceIdPrefix=list-shape");
        var withInput = await ListAsync("?instanceIdPrefix=list-shape&showInput=true");

        var instance = Assert.Single(plain);
        Assert.Equal(JsonValueKind.Null, instance.GetProperty("input").ValueKind);
        Assert.Equal("Hello, Ada!", instance.GetProperty("output").GetString());
        Assert.Equal("Ada", Assert.Single(withInput).GetProperty("input").GetString());
    }

    [Fact]
    public async Task List_RuntimeStatusFilter_ReturnsOnlyThoseStatuses()
    {
        var done = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "list-status-done");
        var waiting = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "list-status-waiting");
        await host.WaitForStatusAsync(done, RuntimeStatus.Completed);
        await host.WaitForStatusAsync(waiting, RuntimeStatus.Running);

        var running = await ListAsync("?instanceIdPrefix=list-status-&runtimeStatus=Running,Pending");

        Assert.Equal(waiting, Assert.Single(running).GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task List_CreatedTimeRange_ExcludesInstancesOutsideIt()
    {
        await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "list-time-1");

        var future = await ListAsync("?instanceIdPrefix=list-time-&createdTimeFrom=2999-01-01T00:00:00Z");
        var past = await ListAsync("?instanceIdPrefix=list-time-&createdTimeTo=2000-01-01T00:00:00Z");
        var all = await ListAsync("?instanceIdPrefix=list-time-&createdTimeFrom=2000-01-01T00:00:00Z");

        Assert.Empty(future);
        Assert.Empty(past);
        Assert.Single(all);
    }

    [Theory]
    [InlineData("?top=0", "top")]
    [InlineData("?top=many", "top")]
    [InlineData("?runtimeStatus=Sleeping", "runtimeStatus")]
    [InlineData("?createdTimeFrom=yesterday", "createdTimeFrom")]
    [InlineData("?showInput=yes", "showInput")]
    public async Task List_BadParameter_Returns400NamingIt(string query, string field)
    {
        var response = await _client.GetAsync($"{Api.Base}/instances/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), field);
    }

    [Fact]
    public async Task List_ForgedContinuationToken_Returns400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api.Base}/instances");
        request.Headers.Add(ContinuationHeader, "not-a-token");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), ContinuationHeader);
    }

    private async Task<List<JsonElement>> ListAsync(string query)
    {
        var response = await _client.GetAsync($"{Api.Base}/instances{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Api.ReadJsonAsync(response)).EnumerateArray().ToList();
    }
}
