using System.Collections.Concurrent;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>The <see cref="QueueWakeup"/> of each queue in this process, shared by its producers and its listener.</summary>
internal sealed class QueueWakeups
{
    private readonly ConcurrentDictionary<string, QueueWakeup> _byQueue = new(StringComparer.Ordinal);

    /// <summary>Gets a queue's wake-up signal.</summary>
    /// <param name="queueName">The queue.</param>
    /// <returns>The signal, the same for every caller.</returns>
    public QueueWakeup For(string queueName) => _byQueue.GetOrAdd(queueName, _ => new QueueWakeup());
}
