using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>A campaign definition breaks one or more rules; <see cref="Failures"/> lists them with their JSON paths.</summary>
public sealed class CampaignDefinitionException : Exception
{
    /// <summary>Creates the exception from the broken rules.</summary>
    /// <param name="failures">Every broken rule; at least one.</param>
    public CampaignDefinitionException(IReadOnlyList<ValidationFailure> failures)
        : base(Describe(failures)) => Failures = failures;

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public CampaignDefinitionException(string message)
        : base(message) => Failures = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CampaignDefinitionException(string message, Exception innerException)
        : base(message, innerException) => Failures = [];

    /// <summary>Creates an empty exception.</summary>
    public CampaignDefinitionException()
        => Failures = [];

    /// <summary>Gets every broken rule.</summary>
    public IReadOnlyList<ValidationFailure> Failures { get; }

    /// <summary>Groups the broken rules by JSON path, the shape of problem details' <c>errors</c>.</summary>
    /// <returns>Messages by path, in the order found.</returns>
    public IDictionary<string, string[]> ToErrors() => ValidationFailureGrouping.ByPath(Failures);

    private static string Describe(IReadOnlyList<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        return "The campaign definition is invalid: " + string.Join("; ", failures);
    }
}
