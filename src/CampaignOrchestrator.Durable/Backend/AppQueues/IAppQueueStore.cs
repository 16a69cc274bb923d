namespace CampaignOrchestrator.Durable.Backend;

/// <summary>
/// Named application queues with Azure Storage queue semantics: at-least-once delivery, visibility timeouts, pop
/// receipts, dequeue counts and a <c>&lt;queue&gt;-poison</c> companion queue for messages that keep failing.
/// </summary>
/// <remarks>
/// Queues exist implicitly: enqueueing creates one, and an unknown queue is empty. Messages never expire by age.
/// Limits and name rules are in <see cref="AppQueueLimits"/> and <see cref="AppQueueName"/>; every implementation
/// checks them the same way, so code that works on one backend works on the others.
/// </remarks>
public interface IAppQueueStore
{
    /// <summary>Adds a message to a queue.</summary>
    /// <param name="queueName">The queue (see <see cref="AppQueueName"/>).</param>
    /// <param name="body">The message text, at most <see cref="AppQueueLimits.MaxBodyBytes"/> bytes as UTF-8.</param>
    /// <param name="visibilityDelay">How long the message stays invisible after it is added; none when null.
    /// At most <see cref="AppQueueLimits.MaxVisibilityTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new message's id, unique across every queue of the store.</returns>
    /// <exception cref="ArgumentException">The name, body or delay breaks a rule.</exception>
    Task<string> EnqueueAsync(string queueName, string body, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes up to <paramref name="maxMessages"/> visible messages, oldest visible first, and hides them for
    /// <paramref name="visibilityTimeout"/>. Each receive increments the message's dequeue count and issues a new pop
    /// receipt, which makes every earlier receipt of that message stale. A message is never handed to two receivers
    /// within its visibility window.
    /// </summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="maxMessages">1 to <see cref="AppQueueLimits.MaxMessagesPerReceive"/>.</param>
    /// <param name="visibilityTimeout">How long the messages stay hidden; positive, at most
    /// <see cref="AppQueueLimits.MaxVisibilityTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages received; empty when none is visible.</returns>
    Task<IReadOnlyList<AppQueueMessage>> ReceiveAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>Deletes a received message, if the pop receipt is still the message's current one.</summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">The receipt from the receive (or the last visibility update).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when deleted; <see langword="false"/> when the message is gone or the receipt is
    /// stale (another receiver took the message after this one's visibility lapsed).</returns>
    Task<bool> DeleteAsync(string queueName, string messageId, string popReceipt, CancellationToken cancellationToken = default);

    /// <summary>Hides a received message for a new period counted from now (extends or shortens its lease).</summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">The message's current pop receipt.</param>
    /// <param name="visibilityTimeout">From zero (visible at once) to <see cref="AppQueueLimits.MaxVisibilityTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new receipt, which replaces the old one; <see langword="null"/> when the message is gone or the
    /// receipt is stale.</returns>
    Task<AppQueueReceipt?> UpdateVisibilityAsync(string queueName, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a received message to <c>&lt;queue&gt;-poison</c> (see <see cref="AppQueueName.PoisonQueueFor"/>) with the
    /// reason. The poison message keeps its id, body, dequeue count and insertion time, and is visible at once.
    /// The move is atomic where the backend allows it; otherwise the poison copy is written before the original is
    /// deleted, so the message is never lost.
    /// </summary>
    /// <param name="queueName">The source queue; its poison queue's name must also be valid, so at most
    /// <see cref="AppQueueName.MaxLength"/> minus the suffix's length.</param>
    /// <param name="messageId">The message id.</param>
    /// <param name="popReceipt">The message's current pop receipt.</param>
    /// <param name="reason">Why the message is poison, for the operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when moved; <see langword="false"/> when the message is gone or the receipt is stale.</returns>
    Task<bool> MoveToPoisonAsync(string queueName, string messageId, string popReceipt, string reason, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="maxMessages"/> visible messages without receiving them.</summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="maxMessages">1 to <see cref="AppQueueLimits.MaxMessagesPerReceive"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages, in the order a receive would take them; their visibility and dequeue count are unchanged.</returns>
    Task<IReadOnlyList<PeekedAppQueueMessage>> PeekAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default);

    /// <summary>Counts a queue's messages, visible or not, for monitoring.</summary>
    /// <param name="queueName">The queue.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of messages; approximate on backends that only report an estimate.</returns>
    Task<int> GetDepthAsync(string queueName, CancellationToken cancellationToken = default);
}
