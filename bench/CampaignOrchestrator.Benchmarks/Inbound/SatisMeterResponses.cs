using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Benchmarks.Inbound;

/// <summary>SatisMeter responses of distinct users to the sandbox's sample campaign, as messages and as wire bodies.</summary>
internal static class SatisMeterResponses
{
    public static string UserId(string prefix, int index) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index}");

    /// <summary>Responses of users <c>{prefix}-0</c> … <c>{prefix}-{count - 1}</c>, as an inbound message holds them.</summary>
    public static IReadOnlyList<InboundResponse> Create(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => Response(UserId(prefix, i), i % 11))];

    /// <summary>
    /// The bodies the SatisMeter client posts for <paramref name="responses"/> (write key included), as UTF-8 JSON, so a
    /// bare HTTP loop sends exactly what the orchestration sends. Serialized up front: the loop only posts, and 10,000
    /// bytes arrays weigh a tenth of 10,000 JSON trees in the process's working set.
    /// </summary>
    public static IReadOnlyList<byte[]> WireBodies(IEnumerable<InboundResponse> responses) =>
        [.. responses.Cast<SatisMeterInboundResponse>().Select(r => JsonSerializer.SerializeToUtf8Bytes(WireBody(r)))];

    private static SatisMeterInboundResponse Response(string userId, int score) => new()
    {
        Id = "r-" + userId,
        Campaign = SampleAccount.Campaign,
        Answers = [new SatisMeterInboundAnswer("nps", score, null), new SatisMeterInboundAnswer("comment", null, "fine")],
        UserId = userId,
        Traits = new JsonObject { ["plan"] = "basic" },
    };

    private static JsonObject WireBody(SatisMeterInboundResponse response) => new()
    {
        ["writeKey"] = SampleAccount.WriteKey,
        ["campaign"] = response.Campaign,
        ["method"] = response.Method.ToWire(),
        ["answers"] = new JsonArray([.. response.Answers.Select(Answer)]),
        ["userId"] = response.UserId,
        ["traits"] = response.Traits?.DeepClone(),
    };

    private static JsonObject Answer(SatisMeterInboundAnswer answer) => new()
    {
        ["id"] = answer.Id,
        ["value"] = answer.Rating is { } rating ? JsonValue.Create(rating) : JsonValue.Create(answer.Text),
    };
}
