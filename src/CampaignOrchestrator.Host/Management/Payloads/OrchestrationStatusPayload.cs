using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>
/// Durable Functions' status payload. <c>input</c>, <c>customStatus</c> and <c>output</c> are JSON values and always
/// present (null allowed: the official JavaScript client rejects a payload without them); <c>historyEvents</c> only
/// when history was requested.
/// </summary>
/// <param name="Name">The orchestrator name.</param>
/// <param name="InstanceId">The instance id.</param>
/// <param name="RuntimeStatus">The runtime status.</param>
/// <param name="Input">The input, or null when not requested.</param>
/// <param name="CustomStatus">The custom status.</param>
/// <param name="Output">The output; for a failed instance, the failure message.</param>
/// <param name="CreatedTime">When created (<c>yyyy-MM-ddTHH:mm:ssZ</c>).</param>
/// <param name="LastUpdatedTime">When last updated (<c>yyyy-MM-ddTHH:mm:ssZ</c>).</param>
/// <param name="HistoryEvents">The history, when requested.</param>
internal sealed record OrchestrationStatusPayload(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("instanceId")] string InstanceId,
    [property: JsonPropertyName("runtimeStatus")] string RuntimeStatus,
    [property: JsonPropertyName("input")] JsonNode? Input,
    [property: JsonPropertyName("customStatus")] JsonNode? CustomStatus,
    [property: JsonPropertyName("output")] JsonNode? Output,
    [property: JsonPropertyName("createdTime")] string CreatedTime,
    [property: JsonPropertyName("lastUpdatedTime")] string LastUpdatedTime,
    [property: JsonPropertyName("historyEvents"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonArray? HistoryEvents = null)
{
    /// <summary>Builds the payload of an instance.</summary>
    /// <param name="state">The instance (with its history when <paramref name="showHistory"/>).</param>
    /// <param name="showInput">Whether to include the input.</param>
    /// <param name="showHistory">Whether to include the history.</param>
    /// <param name="showHistoryOutput">Whether the history includes inputs and results.</param>
    /// <returns>The payload.</returns>
    public static OrchestrationStatusPayload From(InstanceState state, bool showInput, bool showHistory = false, bool showHistoryOutput = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new OrchestrationStatusPayload(
            state.Name,
            state.InstanceId,
            state.Status.ToString(),
            showInput ? JsonPayloadValue.Parse(state.Input) : null,
            JsonPayloadValue.Parse(state.CustomStatus),
            OutputOf(state),
            DurableTime.Format(state.CreatedAt),
            DurableTime.Format(state.LastUpdatedAt),
            showHistory ? HistoryEventPayloads.ToJson(state.History ?? [], showHistoryOutput) : null);
    }

    private static JsonNode? OutputOf(InstanceState state) =>
        state is { Status: Durable.RuntimeStatus.Failed, Output: null, Failure: { } failure }
            ? JsonValue.Create($"Orchestrator function '{state.Name}' failed: {failure.Message}")
            : JsonPayloadValue.Parse(state.Output);
}
