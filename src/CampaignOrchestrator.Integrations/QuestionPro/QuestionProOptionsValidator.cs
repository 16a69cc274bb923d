using CampaignOrchestrator.Integrations.Validation;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Integrations.QuestionPro;

/// <summary>Checks <see cref="QuestionProOptions"/> at start-up, naming the configuration key of each problem.</summary>
internal sealed class QuestionProOptionsValidator : IValidateOptions<QuestionProOptions>
{
    private const string Section = QuestionProOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, QuestionProOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{Section}:ApiKey is required (the QuestionPro API key, from configuration or a secret store).");
        }

        if (options.BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            failures.Add($"{Section}:BaseUrl must be an absolute http or https URL.");
        }
        else if (options.BaseUrl is null && options.Datacenter is { } datacenter && !QuestionProDatacenters.Hosts.ContainsKey(datacenter))
        {
            failures.Add($"{Section}:Datacenter '{datacenter}' is unknown; use one of {string.Join(", ", QuestionProDatacenters.Hosts.Keys.Order())}.");
        }

        OptionsAnnotations.AddFailures(options.RateLimit, $"{Section}:RateLimit", failures);
        OptionsAnnotations.AddFailures(options.Resilience, $"{Section}:Resilience", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
