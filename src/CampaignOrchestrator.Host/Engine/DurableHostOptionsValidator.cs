using System.Text.RegularExpressions;
using CampaignOrchestrator.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>Checks the task hub name against the rule Durable Functions applies on Azure Storage.</summary>
internal sealed partial class DurableHostOptionsValidator : IValidateOptions<DurableHostOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DurableHostOptions options) =>
        options.HubName is { } hub && HubNamePattern().IsMatch(hub)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{HostJsonSetting.Describe("Durable:HubName")} must start with a letter and contain only letters and digits, 3 to 45 characters (was '{options.HubName}').");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$", RegexOptions.CultureInvariant)]
    private static partial Regex HubNamePattern();
}
