using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Host.Configuration;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// Checks the queue settings at start-up, naming each bad value's configuration key and host.json name, so a typo stops
/// the host instead of surfacing at the first message.
/// </summary>
internal sealed class QueueOptionsValidator : IValidateOptions<QueueOptions>
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPollingInterval = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, QueueOptions options)
    {
        var failures = new List<string>();
        CheckRange(failures, nameof(QueueOptions.BatchSize), options.BatchSize, 1, AppQueueLimits.MaxMessagesPerReceive);
        if (options.NewBatchThreshold is { } threshold)
        {
            CheckRange(failures, nameof(QueueOptions.NewBatchThreshold), threshold, 0, 1000);
        }

        CheckRange(failures, nameof(QueueOptions.MaxDequeueCount), options.MaxDequeueCount, 1, 1000);
        CheckRange(failures, nameof(QueueOptions.VisibilityTimeout), options.VisibilityTimeout, TimeSpan.Zero, AppQueueLimits.MaxVisibilityTimeout);
        CheckRange(failures, nameof(QueueOptions.MaxPollingInterval), options.MaxPollingInterval, MinPollingInterval, MaxPollingInterval);
        if (!QueueMessageEncoding.TryParse(options.MessageEncoding, out _))
        {
            failures.Add($"{Describe(nameof(QueueOptions.MessageEncoding))} must be base64 or none (was '{options.MessageEncoding}').");
        }

        if (options.LeaseDuration <= TimeSpan.Zero || options.LeaseDuration > AppQueueLimits.MaxVisibilityTimeout)
        {
            failures.Add($"The queue lease duration must be more than zero and at most 7 days (was {options.LeaseDuration}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange<T>(List<string> failures, string property, T value, T lowest, T highest)
        where T : IComparable<T>
    {
        if (value.CompareTo(lowest) < 0 || value.CompareTo(highest) > 0)
        {
            failures.Add($"{Describe(property)} must be from {lowest} to {highest} (was {value}).");
        }
    }

    private static string Describe(string property) => HostJsonSetting.Describe($"{QueueOptions.SectionName}:{property}");
}
