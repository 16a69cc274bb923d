using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>
/// Durable Functions' check-status payload: where to follow an instance. Every URI carries <c>taskHub</c>,
/// <c>connection</c> and <c>code</c>, so a client can follow it without knowing the key.
/// </summary>
/// <param name="Id">The instance id.</param>
/// <param name="StatusQueryGetUri">GET: the status.</param>
/// <param name="SendEventPostUri">POST: raise an event (replace <c>{eventName}</c>).</param>
/// <param name="TerminatePostUri">POST: terminate (replace <c>{text}</c> with the reason).</param>
/// <param name="PurgeHistoryDeleteUri">DELETE: purge.</param>
/// <param name="RestartPostUri">POST: restart.</param>
/// <param name="SuspendPostUri">POST: suspend (replace <c>{text}</c> with the reason).</param>
/// <param name="ResumePostUri">POST: resume (replace <c>{text}</c> with the reason).</param>
internal sealed record CheckStatusPayload(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("statusQueryGetUri")] string StatusQueryGetUri,
    [property: JsonPropertyName("sendEventPostUri")] string SendEventPostUri,
    [property: JsonPropertyName("terminatePostUri")] string TerminatePostUri,
    [property: JsonPropertyName("purgeHistoryDeleteUri")] string PurgeHistoryDeleteUri,
    [property: JsonPropertyName("restartPostUri")] string RestartPostUri,
    [property: JsonPropertyName("suspendPostUri")] string SuspendPostUri,
    [property: JsonPropertyName("resumePostUri")] string ResumePostUri);
