using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Sandbox.Tests;

/// <summary>A sandbox on a real loopback server with a fake clock, and helpers to call it.</summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private SandboxHarness(VendorSandboxServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = server.CreateClient();
    }

    public VendorSandboxServer Server { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Client { get; }

    public static async Task<SandboxHarness> StartAsync(Action<SandboxOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var server = await VendorSandboxServer.StartAsync(configure, time);
        return new SandboxHarness(server, time);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? apiKey = SampleAccount.ApiKey, string? token = null) =>
        SendAsync(HttpMethod.Get, path, json: null, apiKey, token);

    public Task<HttpResponseMessage> PostAsync(string path, string json, string? apiKey = SampleAccount.ApiKey, string? token = null) =>
        SendAsync(HttpMethod.Post, path, json, apiKey, token);

    public Task<HttpResponseMessage> PutAsync(string path, string json, string? apiKey = SampleAccount.ApiKey) =>
        SendAsync(HttpMethod.Put, path, json, apiKey, token: null);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json, string? apiKey, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        if (apiKey is not null)
        {
            request.Headers.Add("api-key", apiKey);
        }

        if (token is not null)
        {
            request.Headers.Add("x-survey-token", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Sends and returns the status and parsed JSON body.</summary>
    public async Task<(int Status, JsonElement Body)> CallAsync(HttpMethod method, string path, string? json = null, string? apiKey = SampleAccount.ApiKey)
    {
        using var response = await SendAsync(method, path, json, apiKey, token: null);
        return ((int)response.StatusCode, await JsonOf(response));
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
