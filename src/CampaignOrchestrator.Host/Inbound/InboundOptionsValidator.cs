using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Inbound;

/// <summary>Checks <see cref="InboundOptions"/> at start-up; every message names its configuration key.</summary>
internal sealed class InboundOptionsValidator : IValidateOptions<InboundOptions>
{
    private const string Section = InboundOptions.SectionName;

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, InboundOptions options)
    {
        var failures = new List<string>();
        if (!AppQueueName.IsValid(options.QueueName) || !AppQueueName.IsValid(options.QueueName + AppQueueName.PoisonSuffix))
        {
            failures.Add($"{Section}:QueueName '{options.QueueName}' is not valid: {AppQueueName.Rule} Its poison queue (the name + '{AppQueueName.PoisonSuffix}') must follow the rule too.");
        }

        if (options.MaxRequestBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"{Section}:MaxRequestBytes must be from 1024 to 67108864 (64 MiB) (was {options.MaxRequestBytes}).");
        }

        failures.AddRange(options.Processing.Validate().Select(problem => $"{Section}:{problem}"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
