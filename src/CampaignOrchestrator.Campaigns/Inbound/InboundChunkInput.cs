using CampaignOrchestrator.Campaigns.Inbound.Messages;

namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>The input of <see cref="InboundChunkOrchestrator"/>: a slice of one message's responses.</summary>
/// <param name="MessageId">The message id.</param>
/// <param name="Responses">The slice.</param>
/// <param name="Settings">How to process them.</param>
public sealed record InboundChunkInput(string MessageId, IReadOnlyList<InboundResponse> Responses, InboundProcessingSettings Settings);
