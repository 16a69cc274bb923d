using CampaignOrchestrator.Integrations.Validation;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Collects broken rules while a definition is read or checked.</summary>
internal sealed class FailureCollector
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

    public void AddRange(IEnumerable<ValidationFailure> failures) => _failures.AddRange(failures);
}
