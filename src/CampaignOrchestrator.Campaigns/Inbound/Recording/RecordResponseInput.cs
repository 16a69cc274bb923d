using CampaignOrchestrator.Campaigns.Inbound.Messages;

namespace CampaignOrchestrator.Campaigns.Inbound.Recording;

/// <summary>The input of <see cref="RecordResponseActivity"/>.</summary>
/// <param name="MessageId">The message the response came in.</param>
/// <param name="Response">The response.</param>
public sealed record RecordResponseInput(string MessageId, InboundResponse Response)
{
    /// <summary>
    /// Gets the idempotency key: the message id and the response id. Every attempt of the activity, and every delivery
    /// of the same message, shares it, so the response is sent at most once per message.
    /// </summary>
    public string IdempotencyKey => $"inbound/{MessageId}/{Response.Id}";
}
