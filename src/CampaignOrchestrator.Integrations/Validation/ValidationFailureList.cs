namespace CampaignOrchestrator.Integrations.Validation;

/// <summary>Collects broken rules while a request is checked.</summary>
internal sealed class ValidationFailureList : List<ValidationFailure>
{
    public void Require(bool condition, string path, string message)
    {
        if (!condition)
        {
            Add(new ValidationFailure(path, message));
        }
    }

    public void RequirePositive(long? value, string path) =>
        Require(value is > 0, path, value is null ? "required; must be a positive integer" : "must be a positive integer");
}
