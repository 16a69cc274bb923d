using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Host.Keys;
using CampaignOrchestrator.Host.Management.Payloads;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>The demo's view of the host: real HTTP calls on loopback, with the key, as a marketing tool would make them.</summary>
/// <param name="http">A client whose base address is the host.</param>
internal sealed class DemoApiClient(HttpClient http)
{
    /// <summary>Creates a client for the host at <paramref name="baseAddress"/> that presents <paramref name="key"/>.</summary>
    /// <param name="baseAddress">The host's address.</param>
    /// <param name="key">The master key.</param>
    /// <returns>The HTTP client; the caller disposes it.</returns>
    public static HttpClient CreateHttpClient(Uri baseAddress, string key)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(ApiKeyAuthentication.HeaderName, key);
        return http;
    }

    /// <summary>Starts a run of a stored campaign: <c>POST /api/campaigns/{name}/runs</c>.</summary>
    /// <param name="campaign">The campaign name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The check-status payload.</returns>
    /// <exception cref="DemoException">The host refused the start.</exception>
    public async Task<CheckStatusPayload> StartCampaignAsync(string campaign, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri($"api/campaigns/{Uri.EscapeDataString(campaign)}/runs", UriKind.Relative), null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoException($"Starting campaign '{campaign}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await response.Content.ReadFromJsonAsync<CheckStatusPayload>(DurableApiJson.Options, cancellationToken)
            ?? throw new DemoException("Starting the campaign answered an empty body.");
    }

    /// <summary>Reads a run's status through the management API (the check-status payload's <c>statusQueryGetUri</c>, without the input).</summary>
    /// <param name="statusQueryGetUri">The status URI.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    /// <exception cref="DemoException">The host answered something other than a status.</exception>
    public async Task<DemoRunStatus> GetStatusAsync(Uri statusQueryGetUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statusQueryGetUri);
        var uri = new Uri(statusQueryGetUri + (string.IsNullOrEmpty(statusQueryGetUri.Query) ? "?" : "&") + "showInput=false");

        // 500 is the answer for a failed instance (returnInternalServerErrorOnFailure); its body is still the status.
        using var response = await http.GetAsync(uri, cancellationToken);
        var payload = await ReadStatusAsync(response, cancellationToken);
        return new DemoRunStatus(
            payload.RuntimeStatus,
            payload.CustomStatus is JsonObject status ? status.Deserialize<CampaignRunStatus>(DataConverter.Options) : null,
            payload.Output is JsonObject report ? report.Deserialize<CampaignReport>(DataConverter.Options) : null,
            payload.Output is JsonValue text && text.TryGetValue<string>(out var message) ? message : null);
    }

    /// <summary>Posts an inbound message: <c>POST /api/inbound-responses</c>.</summary>
    /// <param name="message">The message JSON.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message's instance id and status URI.</returns>
    /// <exception cref="DemoException">The host refused the message.</exception>
    public async Task<(string InstanceId, Uri StatusQueryGetUri)> PostInboundAsync(string message, CancellationToken cancellationToken)
    {
        using var content = new StringContent(message, System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("api/inbound-responses", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new DemoException($"Posting the inbound batch answered {(int)response.StatusCode}: {body}");
        }

        using var accepted = JsonDocument.Parse(body);
        return (accepted.RootElement.GetProperty("instanceId").GetString()!, new Uri(accepted.RootElement.GetProperty("statusQueryGetUri").GetString()!));
    }

    /// <summary>Reads an inbound message's instance through the management API.</summary>
    /// <param name="statusQueryGetUri">The status URI.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The runtime status and, once finished, the summary.</returns>
    /// <exception cref="DemoException">The host answered something other than a status (404 while the queued message is not started yet is "Pending").</exception>
    public async Task<(string RuntimeStatus, InboundResponsesSummary? Summary)> GetInboundStatusAsync(Uri statusQueryGetUri, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(statusQueryGetUri, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return ("Pending", null);
        }

        var payload = await ReadStatusAsync(response, cancellationToken);
        return (payload.RuntimeStatus, payload.Output is JsonObject summary ? summary.Deserialize<InboundResponsesSummary>(DataConverter.Options) : null);
    }

    private static async Task<OrchestrationStatusPayload> ReadStatusAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            if (JsonSerializer.Deserialize<OrchestrationStatusPayload>(body, DurableApiJson.Options) is { RuntimeStatus: not null } payload)
            {
                return payload;
            }
        }
        catch (JsonException)
        {
        }

        throw new DemoException($"Reading the run's status answered {(int)response.StatusCode}: {body}");
    }
}
