using System.Diagnostics.CodeAnalysis;
using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The outcome of reading a definition: either the definition, or every problem found.</summary>
public sealed class CampaignDefinitionParseResult
{
    private CampaignDefinitionParseResult(CampaignDefinition? definition, IReadOnlyList<ValidationFailure> failures)
    {
        Definition = definition;
        Failures = failures;
    }

    /// <summary>Gets the definition; <see langword="null"/> when there are failures.</summary>
    public CampaignDefinition? Definition { get; }

    /// <summary>Gets every problem found, each with its JSON path; empty when valid.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    /// <summary>Gets whether the definition was read without any problem.</summary>
    [MemberNotNullWhen(true, nameof(Definition))]
    public bool IsValid => Definition is not null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The result.</returns>
    public static CampaignDefinitionParseResult Success(CampaignDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new(definition, []);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="failures">Every problem; at least one.</param>
    /// <returns>The result.</returns>
    public static CampaignDefinitionParseResult Failure(IReadOnlyList<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentOutOfRangeException.ThrowIfZero(failures.Count);
        return new(null, failures);
    }

    /// <summary>Returns the definition, or throws with every problem.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="CampaignDefinitionException">The definition has problems.</exception>
    public CampaignDefinition GetDefinitionOrThrow() => Definition ?? throw new CampaignDefinitionException(Failures);
}
