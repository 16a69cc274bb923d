using System.Text.Json.Serialization;
using CampaignOrchestrator.Sandbox.Common;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>QuestionPro success bodies: <c>{"response": payload, "requestID": "guid"}</c>.</summary>
internal static class QuestionProResults
{
    public static IResult Ok<T>(T payload) => Results.Json(new Envelope<T>(payload, NewRequestId()), SandboxJson.Options);

    public static string NewRequestId() => Guid.NewGuid().ToString();

    private sealed record Envelope<T>(T Response, [property: JsonPropertyName("requestID")] string RequestId);
}
