namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// Adds messages to application queues, encoded per <c>Queues:MessageEncoding</c> so the queue's listener (here or in
/// another process) decodes them. A listener of the queue in this process is woken at once.
/// </summary>
public interface IQueueSender
{
    /// <summary>Gets the encoding messages are stored with; its <see cref="QueueMessageEncoding.MaxBodyBytes"/> is the largest body accepted.</summary>
    QueueMessageEncoding Encoding { get; }

    /// <summary>Adds a message.</summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="body">The text, at most <see cref="QueueMessageEncoding.MaxBodyBytes"/> of <see cref="Encoding"/> as UTF-8.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message id, which the handler sees as <see cref="QueueMessage.Id"/>.</returns>
    /// <exception cref="ArgumentException">The queue name is invalid or the body too large; the message says which.</exception>
    Task<string> SendAsync(string queueName, string body, CancellationToken cancellationToken = default);
}
