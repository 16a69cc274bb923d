using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Durable.AzureStorage.Orchestrations;

/// <summary>A control queue message this process received and holds hidden, with its decoded event.</summary>
/// <param name="Partition">The partition (control queue) it came from.</param>
/// <param name="MessageId">The service's message id.</param>
/// <param name="PopReceipt">Its current pop receipt.</param>
/// <param name="DequeueCount">How many times it has been received.</param>
/// <param name="ExecutionId">The execution it is for; any when null.</param>
/// <param name="Event">The event.</param>
internal sealed record ReceivedMessage(int Partition, string MessageId, string PopReceipt, int DequeueCount, string? ExecutionId, HistoryEvent Event);

/// <summary>An instance's messages waiting in this process, and its lock while an episode runs.</summary>
internal sealed class InstanceSession
{
    /// <summary>Gets the messages waiting, in arrival order (locked ones included).</summary>
    public List<ReceivedMessage> Messages { get; } = [];

    /// <summary>Gets or sets the current lock's token; null when unlocked.</summary>
    public string? LockToken { get; set; }

    /// <summary>Gets or sets when the lock lapses on the store's clock.</summary>
    public DateTimeOffset LockedUntil { get; set; }

    /// <summary>Gets or sets the messages the current lock delivered.</summary>
    public IReadOnlyList<ReceivedMessage> Locked { get; set; } = [];

    /// <summary>Gets or sets whether the lock's checkpoint is being written: the session is not locked again meanwhile, even if
    /// the lock lapses on the store's clock.</summary>
    public bool Committing { get; set; }

    /// <summary>Gets or sets the instance row's ETag and sentinel read when locked.</summary>
    public LockedState? State { get; set; }
}

/// <summary>What a lock read, to check at commit.</summary>
/// <param name="Row">The instance row.</param>
/// <param name="Sentinel">The history sentinel.</param>
internal sealed record LockedState(InstanceRow Row, Sentinel Sentinel);
