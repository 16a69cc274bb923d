using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Keys;

/// <summary>Refuses to start without a usable master key. Messages never repeat the key.</summary>
internal sealed class HostKeyOptionsValidator : IValidateOptions<HostKeyOptions>
{
    private const string Setting = "Host:Keys:Master";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HostKeyOptions options)
    {
        if (string.IsNullOrEmpty(options.Master))
        {
            return ValidateOptionsResult.Fail(
                $"{Setting} is required: every API call must present it (x-functions-key header or code query parameter). " +
                "Set it in local.settings.json Values, the environment (Host__Keys__Master) or the command line (--Host:Keys:Master).");
        }

        if (options.Master.Length < HostKeyOptions.MinimumLength || options.Master.Any(char.IsWhiteSpace))
        {
            return ValidateOptionsResult.Fail(
                $"{Setting} must be at least {HostKeyOptions.MinimumLength} characters long, without whitespace.");
        }

        return ValidateOptionsResult.Success;
    }
}
