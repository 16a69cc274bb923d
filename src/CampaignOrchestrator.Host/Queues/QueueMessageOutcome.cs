namespace CampaignOrchestrator.Host.Queues;

/// <summary>What a handler decided about a message: <see cref="Completed"/> or <see cref="Poison(string)"/>.</summary>
public abstract record QueueMessageOutcome
{
    private QueueMessageOutcome()
    {
    }

    /// <summary>Gets the outcome that deletes the message: its work is done and durable.</summary>
    public static QueueMessageOutcome Completed { get; } = new CompletedOutcome();

    /// <summary>Moves the message to <c>&lt;queue&gt;-poison</c> at once, without retrying, with the reason attached.</summary>
    /// <param name="reason">Why the message can never be processed, for the operator (e.g. <c>$.responses[2].target: required</c>); never a secret.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The reason is empty.</exception>
    public static QueueMessageOutcome Poison(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new PoisonOutcome(reason);
    }

    /// <summary>The message is done: delete it.</summary>
    public sealed record CompletedOutcome : QueueMessageOutcome;

    /// <summary>The message can never be processed: move it to the poison queue.</summary>
    /// <param name="Reason">Why, for the operator.</param>
    public sealed record PoisonOutcome(string Reason) : QueueMessageOutcome;
}
