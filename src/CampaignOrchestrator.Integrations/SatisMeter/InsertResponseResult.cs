using CampaignOrchestrator.Integrations.Http;

namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>The result of sending one response.</summary>
public sealed record InsertResponseResult
{
    /// <summary>Gets what happened.</summary>
    public required InsertResponseOutcome Outcome { get; init; }

    /// <summary>Gets the HTTP status, when a response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets SatisMeter's message (or the failure's), for rejections and failures.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the id SatisMeter gave the response, when it sent one.</summary>
    public string? ResponseId { get; init; }

    /// <summary>Gets what a failed call is known to have done (<see cref="VendorEffect.Unknown"/>: it may have been recorded).</summary>
    public VendorEffect Effect { get; init; }
}
