using System.ComponentModel.DataAnnotations;

namespace CampaignOrchestrator.Integrations.Validation;

/// <summary>Runs the data-annotation rules of a nested settings object and reports them under its configuration key.</summary>
internal static class OptionsAnnotations
{
    public static void AddFailures(object? settings, string prefix, List<string> failures)
    {
        if (settings is null)
        {
            failures.Add($"{prefix} is required.");
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
        failures.AddRange(results.Select(r => $"{prefix}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
