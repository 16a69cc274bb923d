using System.Text.Json.Serialization;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>One response of an inbound message, for one target system (the JSON discriminator is <c>target</c>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "target")]
[JsonDerivedType(typeof(SatisMeterInboundResponse), InboundTargets.SatisMeter)]
[JsonDerivedType(typeof(QuestionProInboundResponse), InboundTargets.QuestionPro)]
public abstract record InboundResponse
{
    /// <summary>
    /// Gets the response id: the producer's idempotency key, or <c>sha256:</c> and a hash of the response's content
    /// when the producer gave none. Unique within its message.
    /// </summary>
    public required string Id { get; init; }
}
