using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>Shapes failures for RFC 9457 problem details (<c>errors</c>: JSON path to messages).</summary>
public static class ValidationFailureGrouping
{
    /// <summary>Groups failures by JSON path, keeping the order in which paths and messages were found.</summary>
    /// <param name="failures">The failures.</param>
    /// <returns>Messages by path.</returns>
    public static IDictionary<string, string[]> ByPath(IEnumerable<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in failures.GroupBy(f => f.Path, StringComparer.Ordinal))
        {
            errors[group.Key] = group.Select(f => f.Message).ToArray();
        }

        return errors;
    }
}
