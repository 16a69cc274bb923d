using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Host.Tests.Inbound;

/// <summary><c>POST /api/inbound-responses</c> over HTTP, through the queue listener to the sandbox.</summary>
public abstract class InboundApiTests<TFixture>(TFixture host) : IClassFixture<TFixture>
    where TFixture : InboundHostFixture
{
    private const string Route = "/api/inbound-responses";

    [Fact]
    public async Task Post_ValidMessage_Answers202AndRecordsEveryResponseThroughTheQueue()
    {
        using var client = host.CreateKeyedClient();
        string[] users = ["api-ann", "api-bob", "api-cy"];

        using var response = await client.PostAsync(Route, Json(InboundHostFixture.Message("api-batch-1", users)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("api-batch-1", accepted.GetProperty("messageId").GetString());
        Assert.Equal("inbound-api-batch-1", accepted.GetProperty("instanceId").GetString());
        Assert.Equal("queue", accepted.GetProperty("delivery").GetString());
        Assert.Equal(3, accepted.GetProperty("responses").GetInt32());
        Assert.Equal(accepted.GetProperty("statusQueryGetUri").GetString(), response.Headers.Location!.ToString());
        var state = await host.WaitForStatusAsync("inbound-api-batch-1", RuntimeStatus.Completed);
        Assert.Contains("\"recorded\":3", state.Output, StringComparison.Ordinal);
        Assert.All(users, user => Assert.Equal(1, host.RecordedByUser()[user]));
    }

    [Fact]
    public async Task Post_SameMessageIdTwice_StartsOneInstanceAndRecordsOnce()
    {
        using var client = host.CreateKeyedClient();
        var body = InboundHostFixture.Message("api-batch-twice", ["twice-1", "twice-2"]);

        using var first = await client.PostAsync(Route, Json(body));
        await host.WaitForStatusAsync("inbound-api-batch-twice", RuntimeStatus.Completed);
        using var second = await client.PostAsync(Route, Json(body));

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var again = await host.WaitForStatusAsync("inbound-api-batch-twice", RuntimeStatus.Completed);
        Assert.Contains("\"recorded\":2", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, host.RecordedByUser()["twice-1"]);
        Assert.Equal(1, host.RecordedByUser()["twice-2"]);
    }

    [Fact]
    public async Task Post_MessageTooLargeForTheQueue_StartsItsInstanceDirectly()
    {
        using var client = host.CreateKeyedClient();
        var users = Enumerable.Range(0, 600).Select(i => $"large-{i}").ToList();
        var body = InboundHostFixture.Message("api-large", users);
        Assert.True(Encoding.UTF8.GetByteCount(body) is > 64 * 1024 and < InboundHostFixture.MaxRequestBytes);

        using var response = await client.PostAsync(Route, Json(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("direct", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivery").GetString());
        var state = await host.Durable.WaitUntilAsync("inbound-api-large", false, s => s.Status == RuntimeStatus.Completed).WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Contains("\"recorded\":600", state.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidMessage_Answers400WithJsonPathsAndQueuesNothing()
    {
        using var client = host.CreateKeyedClient();
        const string body = """{"messageId":"bad","responses":[{"target":"satismeter","answers":[],"userId":"u","writeKey":"abc"}]}""";

        using var response = await client.PostAsync(Route, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.responses[0].campaign", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("$.responses[0].answers", out _), errors.ToString());
        Assert.Contains("configuration", errors.GetProperty("$.responses[0].writeKey")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("abc", errors.ToString(), StringComparison.Ordinal);
        Assert.Null(await host.Durable.GetAsync("inbound-bad"));
    }

    [Fact]
    public async Task Post_BodyAboveTheLimit_Answers413()
    {
        using var client = host.CreateKeyedClient();
        var body = InboundHostFixture.Message("api-huge", Enumerable.Range(0, 2_000).Select(i => $"huge-{i}"));

        using var response = await client.PostAsync(Route, Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Inbound:MaxRequestBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutKey_Answers401()
    {
        using var client = host.CreateAnonymousClient();

        using var response = await client.PostAsync(Route, Json(InboundHostFixture.Message("api-anon", ["anon"])));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
