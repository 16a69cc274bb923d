using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>Records one chunk of an inbound message (see <see cref="InboundResponsesOrchestrator"/>).</summary>
public sealed class InboundChunkOrchestrator : Orchestrator<InboundChunkInput, InboundResponsesSummary>
{
    /// <summary>The orchestrator's registered name.</summary>
    public const string Name = "InboundResponsesChunk";

    /// <inheritdoc/>
    public override async Task<InboundResponsesSummary> RunAsync(OrchestrationContext context, InboundChunkInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var outcomes = await ResponseFanOut.RecordAllAsync(context, input.MessageId, input.Responses, input.Settings);
        return InboundResponsesSummary.Empty(input.MessageId, input.Responses.Count).Add(outcomes);
    }
}
