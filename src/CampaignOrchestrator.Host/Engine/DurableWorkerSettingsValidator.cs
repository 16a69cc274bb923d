using System.ComponentModel.DataAnnotations;
using CampaignOrchestrator.Durable.Worker;
using CampaignOrchestrator.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Engine;

/// <summary>
/// Checks the configured worker settings against the engine's own limits, naming the configuration key (and its
/// host.json name) of each value out of range, so a bad value stops the host at start-up rather than at first use.
/// </summary>
internal sealed class DurableWorkerSettingsValidator : IValidateOptions<DurableWorkerSettings>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DurableWorkerSettings options)
    {
        var worker = new DurableWorkerOptions();
        options.ApplyTo(worker);
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(worker, new ValidationContext(worker), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(result =>
        {
            var member = result.MemberNames.FirstOrDefault() ?? "?";
            var value = typeof(DurableWorkerOptions).GetProperty(member)?.GetValue(worker);
            var message = result.ErrorMessage?.Replace($"The field {member} ", string.Empty, StringComparison.Ordinal).TrimEnd('.');
            return $"{HostJsonSetting.Describe($"{DurableWorkerSettings.SectionName}:{member}")}: {message} (was {value}).";
        }));
    }
}
