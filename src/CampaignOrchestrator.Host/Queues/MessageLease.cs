using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// Keeps a received message invisible while its handler runs, as Azure Functions does: the message was received for
/// one lease period, and each renewal, due at half-time, hides it for another period from now. Each renewal replaces
/// the pop receipt; <see cref="PopReceipt"/> is the current one once <see cref="KeepAsync"/> has ended.
/// </summary>
internal sealed class MessageLease : IDisposable
{
    private readonly IAppQueueStore _store;
    private readonly string _queueName;
    private readonly string _messageId;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private DateTimeOffset _nextRenewal;

    /// <summary>Starts tracking the lease of a message just received.</summary>
    /// <param name="store">The queue store.</param>
    /// <param name="queueName">The queue.</param>
    /// <param name="message">The message as received (its receipt and visibility).</param>
    /// <param name="duration">The lease period the message was received with.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public MessageLease(IAppQueueStore store, string queueName, AppQueueMessage message, TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        _store = store;
        _queueName = queueName;
        _messageId = message.Id;
        _duration = duration;
        _timeProvider = timeProvider;
        _logger = logger;
        PopReceipt = message.PopReceipt;
        _nextRenewal = message.NextVisibleAt - (duration / 2);
    }

    /// <summary>Gets the message's current pop receipt.</summary>
    public string PopReceipt { get; private set; }

    /// <summary>Gets a token cancelled when a renewal found the receipt stale: another receiver has the message.</summary>
    public CancellationToken LostToken => _lost.Token;

    /// <summary>Gets a value indicating whether the lease was lost.</summary>
    public bool IsLost => _lost.IsCancellationRequested;

    /// <summary>Renews the lease at half-time until <paramref name="stop"/> is cancelled or the lease is lost.</summary>
    /// <param name="stop">Cancelled when the handler has returned.</param>
    /// <returns>A task that ends when renewing has stopped; it never throws.</returns>
    public async Task KeepAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // Measured from the lease's own expiry, not from when this loop resumed, so a late wake-up renews at once.
            var wait = _nextRenewal - _timeProvider.GetUtcNow();
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _timeProvider, stop);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!await RenewAsync())
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lost.Dispose();

    private async Task<bool> RenewAsync()
    {
        try
        {
            // Not cancellable: an update abandoned after it committed would leave this lease with a stale receipt.
            var renewed = await _store.UpdateVisibilityAsync(_queueName, _messageId, PopReceipt, _duration, CancellationToken.None);
            if (renewed is null)
            {
                _logger.LeaseLost(_queueName, _messageId);
                await _lost.CancelAsync();
                return false;
            }

            PopReceipt = renewed.PopReceipt;
            _nextRenewal = renewed.NextVisibleAt - (_duration / 2);
        }
        catch (Exception exception)
        {
            // A store hiccup: the message stays hidden for the rest of its period, long enough for a few more tries.
            _logger.LeaseRenewalFailed(exception, _queueName, _messageId);
            _nextRenewal = _timeProvider.GetUtcNow() + (_duration / 8);
        }

        return true;
    }
}
