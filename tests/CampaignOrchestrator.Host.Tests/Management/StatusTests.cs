using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

public sealed partial class StatusTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _client = host.CreateKeyedClient();

    [Fact]
    public async Task GetStatus_UnknownInstance_Returns404ProblemDetails()
    {
        var (response, body) = await Api.GetStatusAsync(_client, "status-unknown");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Api.AssertProblem(body, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetStatus_Completed_Returns200WithEveryField()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "status-completed", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var (response, body) = await Api.GetStatusAsync(_client, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(TestOrchestrations.Greeting, body.GetProperty("name").GetString());
        Assert.Equal(id, body.GetProperty("instanceId").GetString());
        Assert.Equal("Completed", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Ada", body.GetProperty("input").GetString());
        Assert.Equal("greeting", body.GetProperty("customStatus").GetProperty("stage").GetString());
        Assert.Equal("Hello, Ada!", body.GetProperty("output").GetString());
        Assert.Matches(WholeSecondUtc(), body.GetProperty("createdTime").GetString());
        Assert.Matches(WholeSecondUtc(), body.GetProperty("lastUpdatedTime").GetString());
        Assert.False(body.TryGetProperty("historyEvents", out _));
    }

    [Fact]
    public async Task GetStatus_NullValues_ArePresentAsNull()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "status-nulls");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var (_, body) = await Api.GetStatusAsync(_client, id);

        Assert.Equal(JsonValueKind.Null, body.GetProperty("input").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("output").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("customStatus").ValueKind);
    }

    [Fact]
    public async Task GetStatus_Running_Returns202WithLocationAndRetryAfter5()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "status-running");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);

        var (response, body) = await Api.GetStatusAsync(_client, id, "?showInput=true");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Running", body.GetProperty("runtimeStatus").GetString());
        Assert.EndsWith($"/runtime/webhooks/durabletask/instances/{id}?showInput=true", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task GetStatus_Suspended_Returns202()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "status-suspended");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);
        await host.Durable.SuspendAsync(id);
        await host.WaitForStatusAsync(id, RuntimeStatus.Suspended);

        var (response, body) = await Api.GetStatusAsync(_client, id);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Suspended", body.GetProperty("runtimeStatus").GetString());
    }

    [Fact]
    public async Task GetStatus_ShowInputFalse_LeavesInputNullButPresent()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "status-no-input", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var (_, body) = await Api.GetStatusAsync(_client, id, "?showInput=false");

        Assert.Equal(JsonValueKind.Null, body.GetProperty("input").ValueKind);
    }

    [Fact]
    public async Task GetStatus_ShowHistory_ListsEventsWithoutInputsAndResults()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "status-history", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var (_, body) = await Api.GetStatusAsync(_client, id, "?showHistory=true");

        var events = body.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal(["ExecutionStarted", "TaskCompleted", "ExecutionCompleted"], events.Select(e => e.GetProperty("EventType").GetString()));
        Assert.Equal(TestOrchestrations.Greeting, events[0].GetProperty("FunctionName").GetString());
        Assert.Equal("SayHelloActivity", events[1].GetProperty("FunctionName").GetString());
        Assert.True(events[1].TryGetProperty("ScheduledTime", out _));
        Assert.All(events, e => Assert.True(e.TryGetProperty("Timestamp", out _)));
        Assert.All(events, e => Assert.False(e.TryGetProperty("Result", out _) || e.TryGetProperty("Input", out _)));
    }

    [Fact]
    public async Task GetStatus_ShowHistoryOutput_IncludesInputsAndResults()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "status-history-output", "\"Ada\"");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var (_, body) = await Api.GetStatusAsync(_client, id, "?showHistory=true&showHistoryOutput=true");

        var events = body.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal("Ada", events[0].GetProperty("Input").GetString());
        Assert.Equal("Hello, Ada!", events[1].GetProperty("Result").GetString());
        Assert.Equal("Hello, Ada!", events[2].GetProperty("Result").GetString());
        Assert.Equal("Completed", events[2].GetProperty("OrchestrationStatus").GetString());
    }

    [Fact]
    public async Task GetStatus_Failed_Returns200WithTheFailureAsOutput()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Failing, "status-failed");
        await host.WaitForStatusAsync(id, RuntimeStatus.Failed);

        var (response, body) = await Api.GetStatusAsync(_client, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Failed", body.GetProperty("runtimeStatus").GetString());
        Assert.Contains("failed on purpose", body.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_FailedWithReturnInternalServerErrorOnFailure_Returns500WithStatusPayload()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Failing, "status-failed-500");
        await host.WaitForStatusAsync(id, RuntimeStatus.Failed);

        var (response, body) = await Api.GetStatusAsync(_client, id, "?returnInternalServerErrorOnFailure=true");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Failed", body.GetProperty("runtimeStatus").GetString());
    }

    [Fact]
    public async Task GetStatus_CompletedWithReturnInternalServerErrorOnFailure_Returns200()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.Greeting, "status-completed-flag");
        await host.WaitForStatusAsync(id, RuntimeStatus.Completed);

        var (response, _) = await Api.GetStatusAsync(_client, id, "?returnInternalServerErrorOnFailure=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GetStatus_Terminated_Returns200WithReasonAsOutput()
    {
        var id = await Api.StartIdAsync(_client, TestOrchestrations.WaitForApproval, "status-terminated");
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);
        await host.Durable.TerminateAsync(id, "no longer needed");
        await host.WaitForStatusAsync(id, RuntimeStatus.Terminated);

        var (response, body) = await Api.GetStatusAsync(_client, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Terminated", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("no longer needed", body.GetProperty("output").GetString());
    }

    [Fact]
    public async Task GetStatus_BadBooleanParameter_Returns400NamingIt()
    {
        var (response, body) = await Api.GetStatusAsync(_client, "status-any", "?showHistory=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, "showHistory");
    }

    [Fact]
    public async Task GetStatus_InvalidInstanceId_Returns400()
    {
        var (response, body) = await Api.GetStatusAsync(_client, "bad%20id");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Api.AssertValidationError(body, "instanceId");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex WholeSecondUtc();
}
