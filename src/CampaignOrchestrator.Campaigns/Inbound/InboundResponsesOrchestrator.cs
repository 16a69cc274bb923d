using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>
/// Records one inbound message's responses: one <c>RecordResponse</c> activity per response. A message larger than a
/// chunk is split into <see cref="InboundChunkOrchestrator"/> sub-orchestrations, at most
/// <see cref="InboundProcessingSettings.MaxParallelChunks"/> at a time, so no history holds more than a chunk's
/// activities and a 10,000-response message never has 10,000 tasks in flight. Progress is the custom status; the
/// output is the <see cref="InboundResponsesSummary"/>.
/// </summary>
public sealed class InboundResponsesOrchestrator : Orchestrator<InboundResponsesInput, InboundResponsesSummary>
{
    /// <summary>The orchestrator's registered name.</summary>
    public const string Name = "InboundResponses";

    /// <inheritdoc/>
    public override async Task<InboundResponsesSummary> RunAsync(OrchestrationContext context, InboundResponsesInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Settings ?? InboundProcessingSettings.Default;
        var summary = InboundResponsesSummary.Empty(input.MessageId, input.Responses.Count);
        context.SetCustomStatus(summary.ToProgress());
        if (input.Responses.Count <= settings.ChunkSize)
        {
            summary = summary.Add(await ResponseFanOut.RecordAllAsync(context, input.MessageId, input.Responses, settings));
            context.SetCustomStatus(summary.ToProgress());
            return summary;
        }

        var chunks = input.Responses.Chunk(settings.ChunkSize).ToList();
        var running = new List<Task<InboundResponsesSummary>>();
        var next = 0;
        while (next < chunks.Count || running.Count > 0)
        {
            while (next < chunks.Count && running.Count < settings.MaxParallelChunks)
            {
                var chunk = new InboundChunkInput(input.MessageId, chunks[next], settings);
                running.Add(context.CallSubOrchestratorAsync<InboundResponsesSummary>(InboundChunkOrchestrator.Name, chunk, ChunkInstanceId(context.InstanceId, next)));
                next++;
            }

            var finished = await Task.WhenAny(running);
            running.Remove(finished);
            summary = summary.Add(await finished);
            context.SetCustomStatus(summary.ToProgress());
        }

        return summary;
    }

    /// <summary>Names a chunk's instance after its message's, so a chunk is never started twice for one message.</summary>
    /// <param name="parentInstanceId">The message's instance id.</param>
    /// <param name="chunkIndex">The chunk's index, from 0.</param>
    /// <returns>The chunk's instance id.</returns>
    public static string ChunkInstanceId(string parentInstanceId, int chunkIndex) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parentInstanceId}:chunk-{chunkIndex}");
}
