using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Integrations.SatisMeter;

/// <summary>Checks <see cref="SatisMeterOptions"/> at start-up, naming the configuration key of each problem.</summary>
internal sealed class SatisMeterOptionsValidator : IValidateOptions<SatisMeterOptions>
{
    private const string Section = SatisMeterOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SatisMeterOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WriteKey) && options.Projects.Count == 0)
        {
            failures.Add($"{Section}:WriteKey is required (the project write key, from configuration or a secret store), unless {Section}:Projects names at least one project.");
        }

        foreach (var (projectName, project) in options.Projects)
        {
            if (string.IsNullOrWhiteSpace(project?.WriteKey))
            {
                failures.Add($"{Section}:Projects:{projectName}:WriteKey is required (the project's write key).");
            }
        }

        if (options.BaseUrl is not { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            failures.Add($"{Section}:BaseUrl must be an absolute http or https URL.");
        }

        OptionsAnnotations.AddFailures(options.RateLimit, $"{Section}:RateLimit", failures);
        OptionsAnnotations.AddFailures(options.Resilience, $"{Section}:Resilience", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
