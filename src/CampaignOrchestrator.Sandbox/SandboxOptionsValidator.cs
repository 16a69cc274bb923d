using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Sandbox;

/// <summary>Rejects sandbox options that would make the simulation meaningless.</summary>
internal sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var failures = new List<string>();
        if (!(options.TimeScale >= 1) || double.IsInfinity(options.TimeScale))
        {
            failures.Add($"Sandbox:TimeScale must be a finite number of at least 1 (was {options.TimeScale}).");
        }

        if (options.QuestionProRateLimit is null)
        {
            failures.Add("Sandbox:QuestionProRateLimit is required.");
        }
        else
        {
            ValidateRateLimit("Sandbox:QuestionProRateLimit", options.QuestionProRateLimit, failures);
        }

        if (options.SatisMeterRateLimit is not null)
        {
            ValidateRateLimit("Sandbox:SatisMeterRateLimit", options.SatisMeterRateLimit, failures);
        }

        if (options.SessionTimeout <= TimeSpan.Zero)
        {
            failures.Add("Sandbox:SessionTimeout must be positive.");
        }

        if (options.DuplicateWindow < TimeSpan.Zero)
        {
            failures.Add("Sandbox:DuplicateWindow must not be negative.");
        }

        if (!string.IsNullOrWhiteSpace(options.DataFile) && !File.Exists(options.DataFile))
        {
            failures.Add($"Sandbox:DataFile '{options.DataFile}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateRateLimit(string path, RateLimitOptions limit, List<string> failures)
    {
        if (limit.PermitLimit < 1)
        {
            failures.Add($"{path}:PermitLimit must be at least 1.");
        }

        if (limit.Window <= TimeSpan.Zero)
        {
            failures.Add($"{path}:Window must be positive.");
        }
    }
}
