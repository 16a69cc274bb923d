using System.Net;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class ControlTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task Terminate_Running_Returns202AndTheReasonBecomesTheOutput()
    {
        var id = await StartWaitingAsync("control-terminate");

        var response = await _client.PostAsync($"{Api.Base}/instances/{id}/terminate?reason=cancelled%20by%20ops", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var state = await host.WaitForStatusAsync(id, RuntimeStatus.Terminated);
        Assert.Equal("\"cancelled by ops\"", state.Output);
    }

    [Theory]
    [InlineData("terminate")]
    [InlineData("suspend")]
    [InlineData("resume")]
    public async Task Control_UnknownInstance_Returns404(string operation)
    {
        var response = await _client.PostAsync($"{Api.Base}/instances/control-unknown/{operation}", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("terminate")]
    [InlineData("suspend")]
    [InlineData("resume")]
    public async Task Control_FinishedInstance_Returns410(string operation)
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, $"control-finished-{operation}");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var response = await _client.PostAsync($"{Api.Base}/instances/{id}/{operation}?reason=late", null);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.Gone);
    }

    [Fact]
    public async Task SuspendThenResume_Running_Returns202AndTheStatusFollows()
    {
        var id = await StartWaitingAsync("control-suspend");

        var suspended = await _client.PostAsync($"{Api.Base}/instances/{id}/suspend?reason=pause", null);
        await host.WaitForStatusAsync(id, RuntimeStatus.Suspended);
        var resumed = await _client.PostAsync($"{Api.Base}/instances/{id}/resume?reason=go", null);

        Assert.Equal(HttpStatusCode.Accepted, suspended.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, resumed.StatusCode);
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);
    }

    [Fact]
    public async Task Restart_WithNewInstanceId_Returns202ForANewInstanceWithTheSameInput()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "control-restart-new", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var response = await _client.PostAsync($"{Api.Base}/instances/{id}/restart", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var newId = (await Api.ReadJsonAsync(response)).GetProperty("id").GetString()!;
        Assert.NotEqual(id, newId);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter!.Delta);
        var state = await host.WaitForStatusAsync(newId, RuntimeStatus.Completed);
        Assert.Equal("\"Hello, Ada!\"", state.Output);
    }

    [Fact]
    public async Task Restart_SameIdOfFinishedInstance_Returns202ForTheSameId()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "control-restart-same", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var response = await _client.PostAsync($"{Api.Base}/instances/{id}/restart?restartWithNewInstanceId=false", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(id, (await Api.ReadJsonAsync(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Restart_SameIdOfRunningInstance_Returns400()
    {
        var id = await StartWaitingAsync("control-restart-running");

        var response = await _client.PostAsync($"{Api.Base}/instances/{id}/restart?restartWithNewInstanceId=false", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Restart_UnknownInstance_Returns404()
    {
        var response = await _client.PostAsync($"{Api.Base}/instances/control-restart-unknown/restart", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Restart_BadFlag_Returns400()
    {
        var response = await _client.PostAsync($"{Api.Base}/instances/any/restart?restartWithNewInstanceId=perhaps", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), "restartWithNewInstanceId");
    }

    private async Task<string> StartWaitingAsync(string instanceId)
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, instanceId);
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);
        return id;
    }
}
