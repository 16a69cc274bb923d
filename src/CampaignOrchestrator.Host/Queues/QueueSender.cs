using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>Adds encoded messages to the application queue store and wakes this process's listener of the queue.</summary>
/// <param name="store">The queue store.</param>
/// <param name="options">The queue settings (the encoding).</param>
/// <param name="wakeups">The in-process wake-up of each queue.</param>
internal sealed class QueueSender(IAppQueueStore store, IOptions<QueueOptions> options, QueueWakeups wakeups) : IQueueSender
{
    /// <inheritdoc />
    public QueueMessageEncoding Encoding => options.Value.Encoding;

    /// <inheritdoc />
    public async Task<string> SendAsync(string queueName, string body, CancellationToken cancellationToken = default)
    {
        AppQueueName.ThrowIfInvalid(queueName, nameof(queueName));
        var id = await store.EnqueueAsync(queueName, Encoding.Encode(body), visibilityDelay: null, cancellationToken);
        wakeups.For(queueName).Notify();
        return id;
    }
}
