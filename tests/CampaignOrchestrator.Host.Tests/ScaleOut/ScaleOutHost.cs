using System.Net;
using System.Text.Json;
using CampaignOrchestrator.Host.Tests.Crash;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>
/// One host process of the scale-out test and an API client for it: starts campaign runs and lists instances through
/// the host's HTTP API, as a marketing tool or a monitoring script would.
/// </summary>
internal sealed class ScaleOutHost : IAsyncDisposable
{
    private const string ManagementBase = "/runtime/webhooks/durabletask";
    private const string ContinuationHeader = "x-ms-continuation-token";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _api;

    private ScaleOutHost(HostProcess process, string workerId, HttpClient api)
    {
        Process = process;
        WorkerId = workerId;
        _api = api;
    }

    public HostProcess Process { get; }

    /// <summary>Gets the id the host owns partitions under and writes on the history rows it commits.</summary>
    public string WorkerId { get; }

    /// <summary>Starts the host and waits until it answers <c>/alive</c>.</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <param name="settings">The settings (environment variables).</param>
    /// <param name="workerId">The worker id set in them.</param>
    /// <param name="masterKey">The host's master key.</param>
    /// <returns>The running host.</returns>
    public static async Task<ScaleOutHost> StartAsync(string name, string workingDirectory, IReadOnlyDictionary<string, string> settings, string workerId, string masterKey)
    {
        var process = HostProcess.Start(name, workingDirectory, settings);
        HttpClient? api = null;
        try
        {
            api = new HttpClient { BaseAddress = await process.Listening.WaitAsync(StartTimeout), Timeout = RequestTimeout };
            api.DefaultRequestHeaders.Add("x-functions-key", masterKey);
            using var alive = await api.GetAsync(new Uri("/alive", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            return new ScaleOutHost(process, workerId, api);
        }
        catch
        {
            api?.Dispose();
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a run of a stored campaign under a given instance id.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="instanceId">The instance id.</param>
    /// <returns>A task that completes once the host answered 202.</returns>
    public async Task StartRunAsync(string campaign, string instanceId)
    {
        using var started = await _api.PostAsync(new Uri($"/api/campaigns/{campaign}/runs?instanceId={instanceId}", UriKind.Relative), content: null);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, $"starting {instanceId} answered {started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
    }

    /// <summary>Lists every instance whose id starts with a prefix, following the continuation token page by page.</summary>
    /// <param name="instanceIdPrefix">The prefix.</param>
    /// <returns>The status payloads (with outputs).</returns>
    public async Task<IReadOnlyList<JsonElement>> ListAsync(string instanceIdPrefix)
    {
        var instances = new List<JsonElement>();
        string? token = null;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{ManagementBase}/instances?instanceIdPrefix={instanceIdPrefix}&top=100", UriKind.Relative));
            if (token is not null)
            {
                request.Headers.Add(ContinuationHeader, token);
            }

            using var response = await _api.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"listing {instanceIdPrefix}* answered {response.StatusCode}: {body}");
            using var document = JsonDocument.Parse(body);
            instances.AddRange(document.RootElement.EnumerateArray().Select(instance => instance.Clone()));
            token = response.Headers.TryGetValues(ContinuationHeader, out var values) ? values.FirstOrDefault(value => value.Length > 0) : null;
        }
        while (token is not null);

        return instances;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await Process.DisposeAsync();
    }
}
