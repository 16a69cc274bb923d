namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// The reasons the listener attaches to the messages it poisons. They name the count and the failure's type and
/// message, never a stack trace.
/// </summary>
internal static class PoisonReasons
{
    /// <summary>The longest exception message quoted in a reason; poison reasons are for people, and travel with the message.</summary>
    public const int MaxQuotedMessageLength = 500;

    /// <summary>The reason for a message whose last allowed delivery failed.</summary>
    /// <param name="deliveries">The failed delivery's dequeue count.</param>
    /// <param name="maxDequeueCount">The configured limit.</param>
    /// <param name="failure">The handler's exception.</param>
    /// <returns>The reason.</returns>
    public static string Failed(int deliveries, int maxDequeueCount, Exception failure)
    {
        var message = failure.Message.Length > MaxQuotedMessageLength
            ? string.Concat(failure.Message.AsSpan(0, MaxQuotedMessageLength), "…")
            : failure.Message;
        return $"The handler failed on {deliveries} deliveries (maxDequeueCount {maxDequeueCount}); the last failure was {failure.GetType().FullName}: {message}";
    }

    /// <summary>The reason for a message received more often than allowed without any delivery reaching a result.</summary>
    /// <param name="deliveries">The dequeue count of the receive that noticed.</param>
    /// <param name="maxDequeueCount">The configured limit.</param>
    /// <returns>The reason.</returns>
    public static string Undelivered(int deliveries, int maxDequeueCount) =>
        $"The message was received {deliveries} times, more than maxDequeueCount {maxDequeueCount}, and no earlier delivery reached a result (each ended with its process or lost its lease).";
}
