using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Host.Queues;

/// <summary>
/// The receive loop of one queue, with Azure Functions' queue-trigger semantics: it receives a batch of up to
/// <c>batchSize</c> messages whenever <c>newBatchThreshold</c> or fewer are in progress (so at most their sum run at
/// once), hands each to the <see cref="QueueMessageProcessor"/> on the thread pool, and when the queue is empty or the
/// store fails, polls again after an exponential back-off up to <c>maxPollingInterval</c>.
/// </summary>
/// <param name="queue">The queue and its settings.</param>
/// <param name="store">The queue store.</param>
/// <param name="processor">Delivers and settles each message.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed class QueueListener(
    QueueTriggerContext queue,
    IAppQueueStore store,
    QueueMessageProcessor processor,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly QueueOptions _options = queue.Options;
    private readonly QueueWakeup _messageFinished = new();
    private readonly HashSet<Task> _inProgress = [];
    private readonly Lock _gate = new();

    /// <summary>Gets the listener's queue.</summary>
    public string QueueName => queue.QueueName;

    /// <summary>Gets how many messages are being processed now.</summary>
    public int InProgress
    {
        get
        {
            lock (_gate)
            {
                return _inProgress.Count;
            }
        }
    }

    /// <summary>Receives and processes messages until <paramref name="stopTaking"/> is cancelled, then waits for those in progress.</summary>
    /// <param name="stopTaking">Stops receiving.</param>
    /// <param name="abandon">Passed to handlers: cancelled when shutdown stops waiting for them.</param>
    /// <returns>A task that completes when the loop and every message it received are done; it never throws.</returns>
    public async Task RunAsync(CancellationToken stopTaking, CancellationToken abandon)
    {
        var backoff = new PollingBackoff(_options.MaxPollingInterval);
        var threshold = _options.EffectiveNewBatchThreshold;
        while (!stopTaking.IsCancellationRequested)
        {
            if (InProgress > threshold)
            {
                await _messageFinished.WaitAsync(Timeout.InfiniteTimeSpan, timeProvider, stopTaking);
                continue;
            }

            var polledAt = timeProvider.GetUtcNow();
            IReadOnlyList<AppQueueMessage> messages;
            try
            {
                messages = await store.ReceiveAsync(QueueName, _options.BatchSize, _options.LeaseDuration, stopTaking);
            }
            catch (OperationCanceledException) when (stopTaking.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // A store outage must not end the listener: log it, back off, try again.
                var retryIn = backoff.Next();
                logger.PollFailed(exception, QueueName, retryIn);
                await WaitForMessagesAsync(polledAt + retryIn, backoff, stopTaking);
                continue;
            }

            if (messages.Count == 0)
            {
                await WaitForMessagesAsync(polledAt + backoff.Next(), backoff, stopTaking);
                continue;
            }

            backoff.Reset();
            foreach (var message in messages)
            {
                Start(message, abandon);
            }
        }

        await DrainAsync();
    }

    // Counted from the poll's start rather than from now, so a poll that took long (or a clock that moved on
    // meanwhile) does not push the next one further out.
    private async Task WaitForMessagesAsync(DateTimeOffset pollAt, PollingBackoff backoff, CancellationToken stopTaking)
    {
        if (await queue.Wakeup.WaitAsync(pollAt - timeProvider.GetUtcNow(), timeProvider, stopTaking))
        {
            backoff.Reset();
        }
    }

    private void Start(AppQueueMessage message, CancellationToken abandon)
    {
        var processing = Task.Run(() => processor.ProcessAsync(message, abandon), CancellationToken.None);
        lock (_gate)
        {
            _inProgress.Add(processing);
        }

        processing.ContinueWith(
            finished =>
            {
                lock (_gate)
                {
                    _inProgress.Remove(finished);
                }

                _messageFinished.Notify();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task DrainAsync()
    {
        Task[] remaining;
        lock (_gate)
        {
            remaining = [.. _inProgress];
        }

        await Task.WhenAll(remaining);
    }
}
