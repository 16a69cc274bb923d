using CampaignOrchestrator.Campaigns.Inbound.Messages;

namespace CampaignOrchestrator.Campaigns.Inbound;

/// <summary>The input of <see cref="InboundResponsesOrchestrator"/>: one message's responses.</summary>
/// <param name="MessageId">The message id: with each response id, the key that makes every response recorded at most once.</param>
/// <param name="Responses">The responses.</param>
/// <param name="Settings">How to process them; the defaults when null.</param>
public sealed record InboundResponsesInput(string MessageId, IReadOnlyList<InboundResponse> Responses, InboundProcessingSettings? Settings = null);
