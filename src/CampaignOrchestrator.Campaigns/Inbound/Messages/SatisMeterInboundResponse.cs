using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.SatisMeter;

namespace CampaignOrchestrator.Campaigns.Inbound.Messages;

/// <summary>A response for SatisMeter's insert-response API. The write key never travels with it: it comes from configuration.</summary>
public sealed record SatisMeterInboundResponse : InboundResponse
{
    /// <summary>Gets the configured SatisMeter project whose write key records it; <see langword="null"/> for the default one.</summary>
    public string? Project { get; init; }

    /// <summary>Gets the SatisMeter campaign id.</summary>
    public required string Campaign { get; init; }

    /// <summary>Gets how the response was collected.</summary>
    public SatisMeterMethod Method { get; init; } = SatisMeterMethod.InApp;

    /// <summary>Gets the answers, at least one.</summary>
    public required IReadOnlyList<SatisMeterInboundAnswer> Answers { get; init; }

    /// <summary>Gets the user's id; exactly one of this and <see cref="AnonymousId"/> is set.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the anonymous visitor's id; exactly one of this and <see cref="UserId"/> is set.</summary>
    public string? AnonymousId { get; init; }

    /// <summary>Gets the user traits sent with the response, if any.</summary>
    public JsonObject? Traits { get; init; }

    /// <summary>Builds the SatisMeter request.</summary>
    /// <returns>The request.</returns>
    public InsertResponseRequest ToRequest() => new()
    {
        Campaign = Campaign,
        Method = Method,
        Answers = [.. Answers.Select(answer => answer.ToSatisMeter())],
        UserId = UserId,
        AnonymousId = AnonymousId,
        Traits = Traits,
        Project = Project,
    };
}
