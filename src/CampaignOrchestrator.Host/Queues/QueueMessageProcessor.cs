using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// Delivers one received message to its handler and settles it: deleted when the handler completes, moved to the
/// poison queue when the handler says so, when the body cannot be decoded or after <c>maxDequeueCount</c> failed
/// deliveries, otherwise made visible again after <c>visibilityTimeout</c>. The message stays invisible while the
/// handler runs (see <see cref="MessageLease"/>). Nothing here throws: every store failure is logged, and the
/// message then simply reappears when its visibility lapses.
/// </summary>
/// <param name="queue">The queue and what it shares with its listener.</param>
/// <param name="store">The queue store.</param>
/// <param name="services">Resolves the handler, in a new scope per delivery.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed class QueueMessageProcessor(
    QueueTriggerContext queue,
    IAppQueueStore store,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly string _queueName = queue.QueueName;
    private readonly QueueOptions _options = queue.Options;

    /// <summary>Delivers and settles a message.</summary>
    /// <param name="message">The message as received.</param>
    /// <param name="abandon">Cancelled when shutdown stops waiting: the handler sees it and the message is released.</param>
    /// <returns>A task that completes when the message is settled; it never throws.</returns>
    public async Task ProcessAsync(AppQueueMessage message, CancellationToken abandon)
    {
        var startedAt = timeProvider.GetTimestamp();
        var outcome = await DeliverAsync(message, abandon);
        QueueTelemetry.Delivered(_queueName, outcome, timeProvider.GetElapsedTime(startedAt));
    }

    private async Task<string> DeliverAsync(AppQueueMessage message, CancellationToken abandon)
    {
        if (message.DequeueCount > _options.MaxDequeueCount)
        {
            // Earlier deliveries never reached a result (their process ended, or their lease lapsed): stop here.
            return await PoisonAsync(message.Id, message.PopReceipt, PoisonReasons.Undelivered(message.DequeueCount, _options.MaxDequeueCount));
        }

        if (!_options.Encoding.TryDecode(message.Body, out var body, out var decodeError))
        {
            return await PoisonAsync(message.Id, message.PopReceipt, decodeError);
        }

        using var lease = new MessageLease(store, _queueName, message, _options.LeaseDuration, timeProvider, logger);
        var delivered = new QueueMessage(_queueName, message.Id, body, message.DequeueCount, message.InsertedAt);
        var result = await RunHandlerAsync(delivered, lease, abandon);
        if (lease.IsLost)
        {
            return Outcomes.Lost;
        }

        if (result.Failure is { } failure)
        {
            logger.HandlerFailed(failure, _queueName, message.Id, message.DequeueCount);
            return message.DequeueCount >= _options.MaxDequeueCount
                ? await PoisonAsync(message.Id, lease.PopReceipt, PoisonReasons.Failed(message.DequeueCount, _options.MaxDequeueCount, failure))
                : await RetryLaterAsync(message.Id, lease.PopReceipt);
        }

        return result.Outcome switch
        {
            QueueMessageOutcome.PoisonOutcome poison => await PoisonAsync(message.Id, lease.PopReceipt, poison.Reason),
            QueueMessageOutcome.CompletedOutcome => await CompleteAsync(message.Id, lease.PopReceipt, message.DequeueCount),
            _ => await ReleaseAsync(message.Id, lease.PopReceipt),
        };
    }

    private async Task<HandlerResult> RunHandlerAsync(QueueMessage message, MessageLease lease, CancellationToken abandon)
    {
        using var renewal = new CancellationTokenSource();
        var keeping = lease.KeepAsync(renewal.Token);
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(abandon, lease.LostToken);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var handler = (IQueueMessageHandler)scope.ServiceProvider.GetRequiredService(queue.HandlerType);
            var outcome = await handler.HandleAsync(message, interrupted.Token);
            return outcome is null
                ? new HandlerResult(null, new InvalidOperationException($"{queue.HandlerType.Name} returned no outcome."))
                : new HandlerResult(outcome, null);
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            // Shutdown stopped waiting, or the lease was lost: neither is the message's fault.
            return new HandlerResult(null, null);
        }
        catch (Exception exception)
        {
            return new HandlerResult(null, exception);
        }
        finally
        {
            await renewal.CancelAsync();
            await keeping;
        }
    }

    private async Task<string> CompleteAsync(string messageId, string popReceipt, int dequeueCount)
    {
        if (!await SettleAsync(messageId, "deleted", () => store.DeleteAsync(_queueName, messageId, popReceipt, CancellationToken.None)))
        {
            return Outcomes.Lost;
        }

        logger.MessageCompleted(_queueName, messageId, dequeueCount);
        return Outcomes.Completed;
    }

    private async Task<string> PoisonAsync(string messageId, string popReceipt, string reason)
    {
        if (!await SettleAsync(messageId, "moved to the poison queue", () => store.MoveToPoisonAsync(_queueName, messageId, popReceipt, reason, CancellationToken.None)))
        {
            return Outcomes.Lost;
        }

        logger.MessagePoisoned(_queueName, messageId, reason);
        return Outcomes.Poisoned;
    }

    private async Task<string> RetryLaterAsync(string messageId, string popReceipt)
    {
        var delay = _options.VisibilityTimeout;
        if (!await SettleAsync(messageId, "released for a retry", async () => await store.UpdateVisibilityAsync(_queueName, messageId, popReceipt, delay, CancellationToken.None) is not null))
        {
            return Outcomes.Lost;
        }

        if (delay == TimeSpan.Zero)
        {
            // Visible again at once: poll now rather than after the listener's back-off.
            queue.Wakeup.Notify();
        }

        return Outcomes.Retried;
    }

    private async Task<string> ReleaseAsync(string messageId, string popReceipt)
    {
        if (!await SettleAsync(messageId, "released", async () => await store.UpdateVisibilityAsync(_queueName, messageId, popReceipt, TimeSpan.Zero, CancellationToken.None) is not null))
        {
            return Outcomes.Lost;
        }

        logger.MessageReleased(_queueName, messageId);
        return Outcomes.Released;
    }

    private async Task<bool> SettleAsync(string messageId, string operation, Func<Task<bool>> settle)
    {
        try
        {
            if (await settle())
            {
                return true;
            }

            logger.MessageNoLongerHeld(_queueName, messageId, operation);
        }
        catch (Exception exception)
        {
            logger.SettleFailed(exception, _queueName, messageId, operation);
        }

        return false;
    }

    /// <summary>What the handler did: an outcome, a failure, or neither when it was interrupted.</summary>
    private readonly record struct HandlerResult(QueueMessageOutcome? Outcome, Exception? Failure);

    /// <summary>The outcome tags of <see cref="QueueTelemetry"/>.</summary>
    private static class Outcomes
    {
        public const string Completed = "completed";
        public const string Poisoned = "poisoned";
        public const string Retried = "retried";
        public const string Released = "released";
        public const string Lost = "lost";
    }
}
