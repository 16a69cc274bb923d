using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>
/// Collects broken rules while a definition is read or checked. When checking a definition just read, it also knows
/// which paths could not be read, so that rules drawing on them are not stated from placeholder values.
/// </summary>
internal sealed class FailureCollector(IReadOnlySet<string>? unreadablePaths = null)
{
    private readonly List<ValidationFailure> _failures = [];

    public IReadOnlyList<ValidationFailure> Failures => _failures;

    public void Add(string path, string message) => _failures.Add(new ValidationFailure(path, message));

    public void Require(bool condition, string path, string message)
    {
        if (!condition)
        {
            Add(path, message);
        }
    }

    public void RequirePositive(long? value, string path) =>
        Require(value is > 0, path, value is null ? "required; must be a positive integer" : "must be a positive integer");

    /// <summary>Returns whether anything at or inside <paramref name="path"/> could not be read.</summary>
    public bool IsUnreadable(string path) =>
        unreadablePaths is not null && unreadablePaths.Any(unreadable => JsonPath.IsWithin(unreadable, path));

    public void AddRange(IEnumerable<ValidationFailure> failures) => _failures.AddRange(failures);
}
