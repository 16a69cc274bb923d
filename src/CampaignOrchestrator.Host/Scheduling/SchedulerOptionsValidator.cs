using System.Globalization;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>Checks the scheduler settings at start-up, naming the configuration key of each value out of range.</summary>
internal sealed class SchedulerOptionsValidator : IValidateOptions<SchedulerOptions>
{
    private static readonly (TimeSpan Min, TimeSpan Max) PollIntervalRange = (TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    private static readonly (TimeSpan Min, TimeSpan Max) LeaseDurationRange = (TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(nameof(SchedulerOptions.PollInterval), options.PollInterval, PollIntervalRange, failures);
        Check(nameof(SchedulerOptions.LeaseDuration), options.LeaseDuration, LeaseDurationRange, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string property, TimeSpan value, (TimeSpan Min, TimeSpan Max) range, List<string> failures)
    {
        if (value < range.Min || value > range.Max)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{SchedulerOptions.SectionName}:{property} must be between {range.Min:c} and {range.Max:c} (was {value:c})."));
        }
    }
}
