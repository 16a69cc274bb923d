using System.Globalization;
using System.Text.Json;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>
/// What the scale-out test submits: 200 runs of a one-wave campaign that ends on a short run time (so each run creates
/// one email batch, waits on a durable timer, polls once and completes within seconds of real time), and 20 inbound
/// messages of 100 SatisMeter responses, each response from a user of its own (SatisMeter would refuse a second
/// response of a user to the campaign).
/// </summary>
internal static class ScaleOutWorkload
{
    public const int RunCount = 200;
    public const int MessageCount = 20;
    public const int ResponsesPerMessage = 100;
    public const int ResponseCount = MessageCount * ResponsesPerMessage;

    /// <summary>
    /// Responses per chunk: each message is split into sub-orchestrations, run one at a time (so at most 500 responses
    /// are in flight: Azurite's queues slow down sharply with depth), whose results cross partitions.
    /// </summary>
    public const int ChunkSize = 25;

    public const int ChunksPerMessage = ResponsesPerMessage / ChunkSize;

    public const string CampaignName = "scale-out-wave";
    public const string BatchName = "Scale-out wave";
    public const string RunIdPrefix = "scaleout-run-";
    public const string MessageIdPrefix = "scaleout-msg-";

    /// <summary>Gets the instance id prefix of the inbound messages' orchestrations (their chunks' ids start with it too).</summary>
    public const string InboundIdPrefix = "inbound-" + MessageIdPrefix;

    // The run's only stop condition: its timer is due this long after the wave is sent, long enough that runs are still
    // waiting on timers when a process is killed, short enough that 200 runs finish in seconds.
    private const string RunFor = "PT3S";

    public static string Definition { get; } = $$"""
        {
          "name": "{{CampaignName}}",
          "survey": { "id": {{SampleAccount.SurveyId}} },
          "emailInvites": [
            {
              "name": "only",
              "mode": 1,
              "emailListId": {{SampleAccount.EmailListId}},
              "templateId": {{SampleAccount.TemplateId}},
              "batchName": "{{BatchName}}"
            }
          ],
          "monitoring": { "pollInterval": "PT15M", "runFor": "{{RunFor}}" }
        }
        """;

    public static IReadOnlyList<string> RunIds { get; } =
        [.. Enumerable.Range(0, RunCount).Select(i => RunIdPrefix + i.ToString("D3", CultureInfo.InvariantCulture))];

    public static IReadOnlyList<string> MessageIds { get; } =
        [.. Enumerable.Range(0, MessageCount).Select(i => MessageIdPrefix + i.ToString("D2", CultureInfo.InvariantCulture))];

    /// <summary>Gets the user id of a response: unique across the workload, so the ledger can name each response.</summary>
    /// <param name="message">The message's index.</param>
    /// <param name="response">The response's index in it.</param>
    /// <returns>The user id.</returns>
    public static string UserId(int message, int response) => string.Create(CultureInfo.InvariantCulture, $"scaleout-user-{message:D2}-{response:D3}");

    /// <summary>Gets every user id the workload sends a response for.</summary>
    public static IEnumerable<string> AllUserIds =>
        Enumerable.Range(0, MessageCount).SelectMany(message => Enumerable.Range(0, ResponsesPerMessage).Select(response => UserId(message, response)));

    /// <summary>Writes an inbound message: the envelope with its message id and 100 SatisMeter responses.</summary>
    /// <param name="message">The message's index.</param>
    /// <returns>The JSON text.</returns>
    public static string InboundMessage(int message) => JsonSerializer.Serialize(new
    {
        messageId = MessageIds[message],
        responses = Enumerable.Range(0, ResponsesPerMessage).Select(response => new
        {
            id = string.Create(CultureInfo.InvariantCulture, $"r-{response:D3}"),
            target = "satismeter",
            campaign = SampleAccount.Campaign,
            answers = new[] { new { id = "nps", value = response % 11 } },
            userId = UserId(message, response),
        }),
    });
}
