using System.Net;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Hosting;

/// <summary>
/// Keys and vendor secrets never leave the host: not in any response (the master key aside, as the <c>code</c> of the
/// URIs the API hands out, which is the Durable Functions contract) and not in any log line.
/// </summary>
public sealed class SecretsTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Responses_EveryRoute_CarryNoSecretBeyondHandedOutCodes()
    {
        var bodies = await ExerciseEveryRouteAsync();

        Assert.NotEmpty(bodies);
        foreach (var body in bodies)
        {
            Assert.DoesNotContain(HostFactory.QuestionProApiKey, body, StringComparison.Ordinal);
            Assert.DoesNotContain(HostFactory.SatisMeterWriteKey, body, StringComparison.Ordinal);
            Assert.DoesNotContain(HostFactory.MasterKey, body.Replace($"code={HostFactory.MasterKey}", "code=", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Logs_EveryRoute_ContainNoSecret()
    {
        await ExerciseEveryRouteAsync();

        var records = host.Logs.GetSnapshot();
        Assert.Contains(records, record => record.Message.Contains("code=***", StringComparison.Ordinal));
        foreach (var record in records)
        {
            var text = string.Join(
                " | ",
                [record.Message, record.Exception?.ToString(), .. record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []]);
            Assert.DoesNotContain(HostFactory.MasterKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(HostFactory.QuestionProApiKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(HostFactory.SatisMeterWriteKey, text, StringComparison.Ordinal);
        }
    }

    private async Task<List<string>> ExerciseEveryRouteAsync()
    {
        using var client = host.CreateAnonymousClient();
        var code = $"code={HostFactory.MasterKey}";
        var id = $"secrets-{Guid.NewGuid():N}";
        var responses = new List<HttpResponseMessage>
        {
            await client.PostAsync($"{Api.Base}/orchestrators/{TestOrchestrations.WaitForApproval}/{id}?{code}", Api.Json("{\"a\":1}")),
            await client.PostAsync($"{Api.Base}/orchestrators/{TestOrchestrations.Greeting}/{id}-done?timeout=30&pollingInterval=1&{code}", null),
            await client.PostAsync($"{Api.Base}/orchestrators/{TestOrchestrations.Failing}/{id}-failed?timeout=30&pollingInterval=1&{code}", null),
            await client.PostAsync($"{Api.Base}/orchestrators/NoSuch?{code}", null),
            await client.PostAsync($"{Api.Base}/orchestrators/{TestOrchestrations.Greeting}?{code}", Api.Json("{bad")),
        };
        await host.WaitForStatusAsync(id, RuntimeStatus.Running);
        responses.AddRange(
        [
            await client.GetAsync($"{Api.Base}/instances/{id}?showHistory=true&showHistoryOutput=true&{code}"),
            await client.GetAsync($"{Api.Base}/instances/{id}-failed?returnInternalServerErrorOnFailure=true&{code}"),
            await client.GetAsync($"{Api.Base}/instances/missing?{code}"),
            await client.GetAsync($"{Api.Base}/instances?showInput=true&{code}"),
            await client.GetAsync($"{Api.Base}/instances?top=0&{code}"),
            await client.PostAsync($"{Api.Base}/instances/{id}/suspend?reason=x&{code}", null),
            await client.PostAsync($"{Api.Base}/instances/{id}/resume?reason=x&{code}", null),
            await client.PostAsync($"{Api.Base}/instances/{id}/raiseEvent/Other?{code}", new StringContent("x")),
            await client.PostAsync($"{Api.Base}/instances/{id}/restart?restartWithNewInstanceId=false&{code}", null),
            await client.PostAsync($"{Api.Base}/instances/{id}/restart?{code}", null),
            await client.PostAsync($"{Api.Base}/instances/{id}/terminate?reason=x&{code}", null),
            await client.PostAsync($"{Api.Base}/instances/{id}-done/terminate?{code}", null),
            await client.DeleteAsync($"{Api.Base}/instances/{id}-done?{code}"),
            await client.DeleteAsync($"{Api.Base}/instances?{code}"),
            await client.DeleteAsync($"{Api.Base}/instances?createdTimeFrom=2999-01-01T00:00:00Z&{code}"),
            await client.GetAsync($"{Api.Base}/instances?code=wrong-{HostFactory.MasterKey}"),
            await client.GetAsync($"{Api.Base}/instances"),
            await client.GetAsync($"/no-such-route?{code}"),
            await client.GetAsync("/alive"),
            await client.GetAsync("/health"),
        ]);

        Assert.Contains(responses, response => response.StatusCode == HttpStatusCode.InternalServerError);
        var bodies = new List<string>();
        foreach (var response in responses)
        {
            var headers = string.Join('\n', response.Headers.Where(h => h.Key != "Location").Select(h => $"{h.Key}: {string.Join(',', h.Value)}"));
            bodies.Add(headers + "\n" + await response.Content.ReadAsStringAsync());
        }

        return bodies;
    }
}
