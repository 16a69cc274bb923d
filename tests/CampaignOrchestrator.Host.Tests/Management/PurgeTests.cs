using System.Net;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class PurgeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task PurgeInstance_Finished_Returns200AndTheInstanceIsGone()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "purge-one");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var response = await _client.DeleteAsync($"{Api.Base}/instances/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await Api.ReadJsonAsync(response)).GetProperty("instancesDeleted").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"{Api.Base}/instances/{id}")).StatusCode);
    }

    [Fact]
    public async Task PurgeInstance_Unknown_Returns404()
    {
        var response = await _client.DeleteAsync($"{Api.Base}/instances/purge-unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PurgeInstance_Running_Returns404AndKeepsIt()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "purge-running");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var response = await _client.DeleteAsync($"{Api.Base}/instances/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Running", (await Api.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(await host.Durable.GetAsync(id));
    }

    [Fact]
    public async Task PurgeByFilter_WithoutCreatedTimeFrom_Returns400()
    {
        var response = await _client.DeleteAsync($"{Api.Base}/instances/?runtimeStatus=Completed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), "createdTimeFrom");
    }

    [Fact]
    public async Task PurgeByFilter_NothingMatches_Returns404()
    {
        var response = await _client.DeleteAsync($"{Api.Base}/instances?createdTimeFrom=2999-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PurgeByFilter_FinishedInRange_Returns200WithCountAndKeepsRunningOnes()
    {
        var from = TimeProvider.System.GetUtcNow().AddSeconds(-1);
        var done = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            done.Add(await Api.StartIdAsync(_client, TestOrchestrations.Greeting, $"purge-filter-{i}"));
        }

        var running = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "purge-filter-running");
        foreach (var id in done)
        {
            await host.WaitForStatusAsync(id, RuntimeStatus.Completed);
        }

        await host.WaitForStatusAsync(running, RuntimeStatus.Running);

        var response = await _client.DeleteAsync($"{Api.Base}/instances?createdTimeFrom={Uri.EscapeDataString(from.ToString("O"))}&runtimeStatus=Completed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await Api.ReadJsonAsync(response)).GetProperty("instancesDeleted").GetInt32() >= 3);
        foreach (var id in done)
        {
            Assert.Null(await host.Durable.GetAsync(id));
        }

        Assert.NotNull(await host.Durable.GetAsync(running));
    }
}
