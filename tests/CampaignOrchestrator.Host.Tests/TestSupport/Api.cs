using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CampaignOrchestrator.Host.Tests.TestSupport;

/// <summary>Calls of the management API used across tests.</summary>
public static class Api
{
    public const string Base = "/runtime/webhooks/durabletask";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Starts an orchestration and returns the response (202 expected) and its instance id.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> StartAsync(
        HttpClient client, string orchestrator, string? instanceId = null, string? jsonInput = null, string query = "")
    {
        var path = instanceId is null ? $"{Base}/orchestrators/{orchestrator}{query}" : $"{Base}/orchestrators/{orchestrator}/{instanceId}{query}";
        using var content = jsonInput is null ? null : Json(jsonInput);
        var response = await client.PostAsync(path, content);
        return (response, await ReadJsonAsync(response));
    }

    /// <summary>Starts an orchestration, asserting 202, and returns its id.</summary>
    public static async Task<string> StartIdAsync(HttpClient client, string orchestrator, string? instanceId = null, string? jsonInput = null)
    {
        var (response, body) = await StartAsync(client, orchestrator, instanceId, jsonInput);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return body.GetProperty("id").GetString()!;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetStatusAsync(HttpClient client, string instanceId, string query = "")
    {
        var response = await client.GetAsync($"{Base}/instances/{instanceId}{query}");
        return (response, await ReadJsonAsync(response));
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static void AssertProblem(JsonElement body, HttpStatusCode status)
    {
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.True(body.TryGetProperty("title", out _), "A problem details body has a title.");
    }

    public static void AssertValidationError(JsonElement body, string field)
    {
        AssertProblem(body, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), $"errors names {field}: {body}");
        Assert.NotEmpty(messages.EnumerateArray());
    }

    public static MediaTypeHeaderValue JsonMediaType => new("application/json");
}
