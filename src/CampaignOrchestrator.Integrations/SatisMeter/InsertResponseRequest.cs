using System.Text.Json.Nodes;

namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>A response to record in SatisMeter. The write key is not part of it: it comes from configuration.</summary>
public sealed record InsertResponseRequest
{
    /// <summary>Gets the campaign (survey) id.</summary>
    public required string Campaign { get; init; }

    /// <summary>Gets how the survey was delivered.</summary>
    public SatisMeterMethod Method { get; init; } = SatisMeterMethod.InApp;

    /// <summary>Gets the answers; at least one.</summary>
    public required IReadOnlyList<SatisMeterAnswer> Answers { get; init; }

    /// <summary>Gets the user id in the caller's system (exactly one of this and <see cref="AnonymousId"/>).</summary>
    public string? UserId { get; init; }

    /// <summary>Gets an anonymous id (exactly one of this and <see cref="UserId"/>).</summary>
    public string? AnonymousId { get; init; }

    /// <summary>Gets user data to store with the response.</summary>
    public JsonObject? Traits { get; init; }

    /// <summary>Gets whether to skip targeting and duplicate checks (for debugging, not production).</summary>
    public bool ForceSurvey { get; init; }

    /// <summary>
    /// Gets the configured project (<c>SatisMeter:Projects:{name}</c>) whose write key records the response;
    /// <see langword="null"/> for the default key, <c>SatisMeter:WriteKey</c>.
    /// </summary>
    public string? Project { get; init; }
}
