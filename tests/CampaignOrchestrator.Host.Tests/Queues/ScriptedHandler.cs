using CampaignOrchestrator.Host.Queues;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>A handler whose behaviour each test sets; records every delivery and how many ran at once.</summary>
internal sealed class ScriptedHandler(TimeProvider clock) : IQueueMessageHandler
{
    private readonly SignalledLog<Delivery> _deliveries = new();
    private int _inProgress;
    private int _maxInProgress;

    public Func<QueueMessage, CancellationToken, Task<QueueMessageOutcome>> Behavior { get; set; } =
        (_, _) => Task.FromResult(QueueMessageOutcome.Completed);

    public int InProgress => Volatile.Read(ref _inProgress);

    public int MaxInProgress => Volatile.Read(ref _maxInProgress);

    public IReadOnlyList<Delivery> Deliveries => _deliveries.Snapshot();

    public Task<IReadOnlyList<Delivery>> WaitForDeliveriesAsync(int count) => _deliveries.WaitUntilAsync(deliveries => deliveries.Count >= count);

    public async Task<QueueMessageOutcome> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var inProgress = Interlocked.Increment(ref _inProgress);
        InterlockedMax(ref _maxInProgress, inProgress);
        try
        {
            _deliveries.Add(new Delivery(message, clock.GetUtcNow()));
            return await Behavior(message, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}

/// <summary>A message as the handler received it, and when on the test clock.</summary>
internal sealed record Delivery(QueueMessage Message, DateTimeOffset At);
