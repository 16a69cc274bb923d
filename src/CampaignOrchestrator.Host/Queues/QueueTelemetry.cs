using System.Diagnostics.Metrics;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>The queue listener's metrics (meter <see cref="Name"/>), tagged with the queue and the outcome.</summary>
internal static class QueueTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string Name = "CampaignOrchestrator.Host.Queues";

    private static readonly Meter QueueMeter = new(Name);

    private static readonly Counter<long> Messages = QueueMeter.CreateCounter<long>(
        "queue.messages", "{message}", "Message deliveries finished, by outcome: completed, poisoned, retried, released, lost.");

    private static readonly Histogram<double> Duration = QueueMeter.CreateHistogram<double>(
        "queue.message.duration", "ms", "Time from receiving a message to settling it.");

    /// <summary>Records one finished delivery.</summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="outcome">What became of the message.</param>
    /// <param name="elapsed">How long the delivery took.</param>
    public static void Delivered(string queueName, string outcome, TimeSpan elapsed)
    {
        var queue = new KeyValuePair<string, object?>("queue.name", queueName);
        Messages.Add(1, queue, new KeyValuePair<string, object?>("queue.outcome", outcome));
        Duration.Record(elapsed.TotalMilliseconds, queue);
    }
}
