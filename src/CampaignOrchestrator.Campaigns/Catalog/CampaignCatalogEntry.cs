using System.Diagnostics.CodeAnalysis;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Catalog;

/// <summary>One stored campaign: its definition when valid, otherwise every problem found in it.</summary>
public sealed record CampaignCatalogEntry
{
    /// <summary>Gets the campaign name, from the file name (without <c>.json</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets where the definition is stored (the full file path for <see cref="FileCampaignCatalog"/>).</summary>
    public required string Source { get; init; }

    /// <summary>Gets the SHA-256 of the stored bytes (lowercase hex), to tell versions apart; empty when unreadable.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Gets the definition; <see langword="null"/> when <see cref="Failures"/> is not empty.</summary>
    public CampaignDefinition? Definition { get; init; }

    /// <summary>Gets every problem of the stored definition, each with its JSON path; empty when valid.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; init; } = [];

    /// <summary>
    /// Gets whether the stored definition has a <c>schedule</c>; known even when the definition is invalid, so that
    /// a schedule that will not run because of a problem anywhere in its campaign can be reported rather than hidden.
    /// </summary>
    public bool HasSchedule { get; init; }

    /// <summary>Gets whether the stored definition is valid.</summary>
    [MemberNotNullWhen(true, nameof(Definition))]
    public bool IsValid => Definition is not null && Failures.Count == 0;
}
