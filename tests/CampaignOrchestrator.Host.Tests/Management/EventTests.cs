using System.Net;
using System.Text;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class EventTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task RaiseEvent_Running_Returns202AndTheOrchestrationReceivesThePayload()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "event-running");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var response = await _client.PostAsync(RaiseUri(id), Api.Json("{\"approvedBy\":\"Ada\"}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var state = await host.WaitForStatusAsync(id, RuntimeStatus.Completed);
        Assert.Equal("{\"approvedBy\":\"Ada\"}", state.Output);
    }

    [Fact]
    public async Task RaiseEvent_EmptyJsonBody_Returns202()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "event-empty");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var response = await _client.PostAsync(RaiseUri(id), Api.Json(string.Empty));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);
    }

    [Fact]
    public async Task RaiseEvent_UnknownInstance_Returns404()
    {
        var response = await _client.PostAsync(RaiseUri("event-unknown"), Api.Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RaiseEvent_Completed_Returns410()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "event-completed");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var response = await _client.PostAsync(RaiseUri(id), Api.Json("{}"));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Api.AssertProblem(await Api.ReadJsonAsync(response), HttpStatusCode.Gone);
    }

    [Fact]
    public async Task RaiseEvent_NotJsonMediaType_Returns400()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "event-media-type");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var response = await _client.PostAsync(RaiseUri(id), new StringContent("{}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), "Content-Type");
    }

    [Fact]
    public async Task RaiseEvent_InvalidJson_Returns400()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "event-bad-json");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var response = await _client.PostAsync(RaiseUri(id), Api.Json("{\"approvedBy\":"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), "$");
        Assert.Equal(RuntimeStatus.Running, (await host.Durable.GetAsync(id))!.Status);
    }

    private static string RaiseUri(string instanceId) => $"{Api.Base}/instances/{instanceId}/raiseEvent/{TestOrchestrations.ApprovalEvent}";
}
