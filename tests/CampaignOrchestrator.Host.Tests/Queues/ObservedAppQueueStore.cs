using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>
/// The real store with every call recorded (what, when on the clock, with what result), so tests await the calls the
/// listener makes instead of sleeping; and a few injected failures: a receive or a delete that throws, a lease that is
/// lost to another receiver.
/// </summary>
internal sealed class ObservedAppQueueStore(IAppQueueStore inner, TimeProvider clock) : IAppQueueStore
{
    private readonly SignalledLog<StoreCall> _calls = new();
    private int _receivesToFail;
    private int _deletesToFail;

    public IAppQueueStore Inner => inner;

    /// <summary>Gets or sets a value indicating whether visibility updates report the message as taken by another receiver.</summary>
    public bool LoseLeases { get; set; }

    public void FailNextReceives(int count) => Interlocked.Exchange(ref _receivesToFail, count);

    public void FailNextDeletes(int count) => Interlocked.Exchange(ref _deletesToFail, count);

    public IReadOnlyList<StoreCall> Calls(string operation) => [.. _calls.Snapshot().Where(call => call.Operation == operation)];

    /// <summary>Waits (for a signal, never a fixed sleep) until the recorded calls of one kind satisfy a condition.</summary>
    public async Task<IReadOnlyList<StoreCall>> WaitForAsync(string operation, Func<IReadOnlyList<StoreCall>, bool> condition)
    {
        var calls = await _calls.WaitUntilAsync(all => condition([.. all.Where(call => call.Operation == operation)]));
        return [.. calls.Where(call => call.Operation == operation)];
    }

    public Task<IReadOnlyList<StoreCall>> WaitForCountAsync(string operation, int count) =>
        WaitForAsync(operation, calls => calls.Count >= count);

    public Task<string> EnqueueAsync(string queueName, string body, TimeSpan? visibilityDelay = null, CancellationToken cancellationToken = default) =>
        inner.EnqueueAsync(queueName, body, visibilityDelay, cancellationToken);

    public async Task<IReadOnlyList<AppQueueMessage>> ReceiveAsync(string queueName, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        if (Interlocked.Decrement(ref _receivesToFail) >= 0)
        {
            Record(new StoreCall(StoreCall.Receive, at, Failed: true, Messages: 0));
            throw new IOException("The queue store is unavailable (injected).");
        }

        var messages = await inner.ReceiveAsync(queueName, maxMessages, visibilityTimeout, cancellationToken);
        Record(new StoreCall(StoreCall.Receive, at, Failed: false, messages.Count));
        return messages;
    }

    public async Task<bool> DeleteAsync(string queueName, string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        if (Interlocked.Decrement(ref _deletesToFail) >= 0)
        {
            Record(new StoreCall(StoreCall.Delete, at, Failed: true, Messages: 0));
            throw new IOException("The queue store is unavailable (injected).");
        }

        var deleted = await inner.DeleteAsync(queueName, messageId, popReceipt, cancellationToken);
        Record(new StoreCall(StoreCall.Delete, at, !deleted, deleted ? 1 : 0));
        return deleted;
    }

    public async Task<AppQueueReceipt?> UpdateVisibilityAsync(string queueName, string messageId, string popReceipt, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        var receipt = LoseLeases ? null : await inner.UpdateVisibilityAsync(queueName, messageId, popReceipt, visibilityTimeout, cancellationToken);
        Record(new StoreCall(StoreCall.UpdateVisibility, at, receipt is null, receipt is null ? 0 : 1, visibilityTimeout));
        return receipt;
    }

    public async Task<bool> MoveToPoisonAsync(string queueName, string messageId, string popReceipt, string reason, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        var moved = await inner.MoveToPoisonAsync(queueName, messageId, popReceipt, reason, cancellationToken);
        Record(new StoreCall(StoreCall.MoveToPoison, at, !moved, moved ? 1 : 0));
        return moved;
    }

    public Task<IReadOnlyList<PeekedAppQueueMessage>> PeekAsync(string queueName, int maxMessages, CancellationToken cancellationToken = default) =>
        inner.PeekAsync(queueName, maxMessages, cancellationToken);

    public Task<int> GetDepthAsync(string queueName, CancellationToken cancellationToken = default) =>
        inner.GetDepthAsync(queueName, cancellationToken);

    private void Record(StoreCall call) => _calls.Add(call);
}

/// <summary>One recorded store call.</summary>
/// <param name="Operation">Which call.</param>
/// <param name="At">The clock's time when it was made.</param>
/// <param name="Failed">Whether it threw, or found the message gone or its receipt stale.</param>
/// <param name="Messages">How many messages it returned or changed.</param>
/// <param name="Visibility">The visibility timeout asked for, for visibility updates.</param>
internal sealed record StoreCall(string Operation, DateTimeOffset At, bool Failed, int Messages, TimeSpan? Visibility = null)
{
    public const string Receive = "receive";
    public const string Delete = "delete";
    public const string UpdateVisibility = "update-visibility";
    public const string MoveToPoison = "move-to-poison";
}
