using System.Net;
using System.Text.Json;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Management;

/// <summary>The URIs of a check-status payload, followed verbatim by a client that knows no key.</summary>
public sealed class CheckStatusUriTests(HostFixture host) : IClassFixture<HostFixture>
{
    private readonly HttpClient _anonymous = host.CreateAnonymousClient();

    [Fact]
    public async Task CheckStatusUris_FollowedVerbatimWithoutAKey_Work()
    {
        var payload = await StartAsync("uris-follow");

        var status = await _anonymous.GetAsync(Uri(payload, "statusQueryGetUri"));
        Assert.Equal(HttpStatusCode.Accepted, status.StatusCode);

        var suspend = await _anonymous.PostAsync(Uri(payload, "suspendPostUri"), null);
        Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
        await host.WaitForStatusAsync("uris-follow", RuntimeStatus.Suspended);

        var resume = await _anonymous.PostAsync(Uri(payload, "resumePostUri"), null);
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        await host.WaitForStatusAsync("uris-follow", RuntimeStatus.Running);

        var raise = await _anonymous.PostAsync(Uri(payload, "sendEventPostUri").Replace("{eventName}", TestOrchestrations.ApprovalEvent, StringComparison.Ordinal), Api.Json("\"yes\""));
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        await host.WaitForStatusAsync("uris-follow", RuntimeStatus.Completed);

        var completed = await _anonymous.GetAsync(Uri(payload, "statusQueryGetUri"));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal("yes", (await Api.ReadJsonAsync(completed)).GetProperty("output").GetString());

        var restart = await _anonymous.PostAsync(Uri(payload, "restartPostUri"), null);
        Assert.Equal(HttpStatusCode.Accepted, restart.StatusCode);

        var purge = await _anonymous.DeleteAsync(Uri(payload, "purgeHistoryDeleteUri"));
        Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
    }

    [Fact]
    public async Task TerminatePostUri_FollowedVerbatim_TerminatesWithThePlaceholderReason()
    {
        var payload = await StartAsync("uris-terminate");

        var terminate = await _anonymous.PostAsync(Uri(payload, "terminatePostUri"), null);

        Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        var state = await host.WaitForStatusAsync("uris-terminate", RuntimeStatus.Terminated);
        Assert.Equal("\"{text}\"", state.Output);
    }

    [Fact]
    public async Task TerminatePostUri_WithReasonFilledIn_UsesTheReason()
    {
        var payload = await StartAsync("uris-terminate-reason");

        var terminate = await _anonymous.PostAsync(Uri(payload, "terminatePostUri").Replace("{text}", "done%20here", StringComparison.Ordinal), null);

        Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        var state = await host.WaitForStatusAsync("uris-terminate-reason", RuntimeStatus.Terminated);
        Assert.Equal("\"done here\"", state.Output);
    }

    private async Task<JsonElement> StartAsync(string instanceId)
    {
        using var keyed = host.CreateKeyedClient();
        var (response, body) = await Api.StartAsync(keyed, TestOrchestrations.WaitForApproval, instanceId);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.WaitForStatusAsync(instanceId, RuntimeStatus.Running);
        return body;
    }

    private static string Uri(JsonElement payload, string name) => payload.GetProperty(name).GetString()!;
}
