namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>
/// One inbound message as read from the queue or an HTTP post: responses collected by the company's own apps, to be
/// recorded in SatisMeter or a QuestionPro survey. The format is in <c>docs/inbound-responses.md</c>.
/// </summary>
/// <param name="MessageId">The producer's message id (<c>messageId</c> of the envelope form), which makes re-sending the
/// same message harmless; <see langword="null"/> when the producer gave none and the transport's id is used.</param>
/// <param name="Responses">The responses, in message order, each with an id unique within the message.</param>
public sealed record InboundMessage(string? MessageId, IReadOnlyList<InboundResponse> Responses);
