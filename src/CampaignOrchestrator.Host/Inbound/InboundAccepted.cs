namespace CampaignOrchestrator.Host.Inbound;

/// <summary>The answer of <c>POST /api/inbound-responses</c>.</summary>
/// <param name="MessageId">The message id: the producer's <c>messageId</c>, or the one assigned.</param>
/// <param name="InstanceId">The instance that records the responses (it may not have started yet when queued).</param>
/// <param name="Responses">How many responses the message holds.</param>
/// <param name="Delivery"><c>queue</c> when the message was queued for the listener; <c>direct</c> when it was too large
/// for a queue message and its instance was started at once.</param>
/// <param name="StatusQueryGetUri">Where to follow the instance (the Durable Functions status route).</param>
internal sealed record InboundAccepted(string MessageId, string InstanceId, int Responses, string Delivery, string StatusQueryGetUri);
