using System.Net;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed class StartTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task Start_WithoutInstanceId_Returns202WithCheckStatusPayloadAndHeaders()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, jsonInput: "\"Ada\"");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = body.GetProperty("id").GetString()!;
        Assert.False(string.IsNullOrEmpty(id));
        var statusUri = body.GetProperty("statusQueryGetUri").GetString()!;
        Assert.Equal(statusUri, response.Headers.Location!.ToString());
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter!.Delta);
        foreach (var name in new[] { "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri" })
        {
            var uri = body.GetProperty(name).GetString()!;
            Assert.Contains($"/runtime/webhooks/durabletask/instances/{id}", uri, StringComparison.Ordinal);
            Assert.Contains($"taskHub={HostFactory.HubName}", uri, StringComparison.Ordinal);
            Assert.Contains("connection=Storage", uri, StringComparison.Ordinal);
            Assert.Contains($"code={HostFactory.MasterKey}", uri, StringComparison.Ordinal);
        }

        Assert.Contains("/raiseEvent/{eventName}?", body.GetProperty("sendEventPostUri").GetString(), StringComparison.Ordinal);
        Assert.Contains("/terminate?reason={text}&", body.GetProperty("terminatePostUri").GetString(), StringComparison.Ordinal);
        var state = await host.WaitForStatusAsync(id, RuntimeStatus.Completed);
        Assert.Equal("\"Hello, Ada!\"", state.Output);
    }

    [Fact]
    public async Task Start_WithInstanceId_UsesTheId()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, "start-with-id:1@test", "\"Grace\"");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("start-with-id:1@test", body.GetProperty("id").GetString());
        await host.WaitForStatusAsync("start-with-id:1@test", RuntimeStatus.Completed);
    }

    [Fact]
    public async Task Start_OrchestratorNameInOtherCase_StartsTheRegisteredOrchestrator()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var state = await host.WaitForStatusAsync(body.GetProperty("id").GetString()!, RuntimeStatus.Completed);
        Assert.Equal(TestOrchestrations.Greeting, state.Name);
    }

    [Fact]
    public async Task Start_EmptyBody_StartsWithoutInput()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting);

        var state = await host.WaitForStatusAsync(id, RuntimeStatus.Completed);
        Assert.Null(state.Input);
        Assert.Equal("\"Hello, world!\"", state.Output);
    }

    [Fact]
    public async Task Start_UnknownOrchestrator_Returns400()
    {
        var (response, body) = await Api.StartAsync(_client, "NoSuchOrchestrator");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, "name");
    }

    [Fact]
    public async Task Start_InvalidJson_Returns400NamingTheBody()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, jsonInput: "{\"name\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, "$");
    }

    [Theory]
    [InlineData("has%20space")]
    [InlineData("percent%25sign")]
    [InlineData("hash%23")]
    public async Task Start_InstanceIdNotUrlSafe_Returns400(string encodedId)
    {
        var response = await _client.PostAsync($"{Api.Base}/orchestrators/{TestOrchestrations.Greeting}/{encodedId}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(await Api.ReadJsonAsync(response), "instanceId");
    }

    [Fact]
    public async Task Start_InstanceIdTooLong_Returns400()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, new string('a', 257));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, "instanceId");
    }

    [Fact]
    public async Task Start_WithTimeoutAndPollingInterval_CompletingInTime_Returns200WithOutput()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, jsonInput: "\"Lin\"", query: "?timeout=30&pollingInterval=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Lin!", body.GetString());
    }

    [Fact]
    public async Task Start_WithTimeoutAndPollingInterval_NotDoneInTime_Returns202WithCheckStatusPayload()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.WaitForApproval, query: "?timeout=0.2&pollingInterval=0.1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(body.TryGetProperty("statusQueryGetUri", out _));
    }

    [Fact]
    public async Task Start_WithTimeoutAndPollingInterval_Failing_ReturnsStatusPayload()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Failing, query: "?timeout=30&pollingInterval=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Failed", body.GetProperty("runtimeStatus").GetString());
    }

    [Theory]
    [InlineData("?timeout=abc&pollingInterval=1", "timeout")]
    [InlineData("?timeout=5&pollingInterval=-1", "pollingInterval")]
    [InlineData("?timeout=1&pollingInterval=5", "pollingInterval")]
    public async Task Start_BadWaitParameters_Returns400NamingTheParameter(string query, string field)
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, query: query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, field);
    }

    [Fact]
    public async Task Start_OtherTaskHub_Returns400()
    {
        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.Greeting, query: "?taskHub=SomeOtherHub");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, "taskHub");
    }

    [Fact]
    public async Task Start_ExistingRunningInstanceId_ReturnsTheExistingInstance()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "start-existing", "{\"first\":true}");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var (response, body) = await Api.StartAsync(_client, TestOrchestrations.WaitForApproval, "start-existing", "{\"first\":false}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(id, body.GetProperty("id").GetString());
        var state = await host.Durable.GetAsync(id);
        Assert.Equal("{\"first\":true}", state!.Input);
    }
}
