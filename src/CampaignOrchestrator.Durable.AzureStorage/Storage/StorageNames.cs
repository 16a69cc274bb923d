namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>The queue, table and container names of one task hub, all derived from the hub name.</summary>
internal sealed class StorageNames
{
    /// <summary>Derives the names.</summary>
    /// <param name="hubName">A valid hub name (letters and digits, starting with a letter).</param>
    /// <param name="partitionCount">The number of control queues.</param>
    public StorageNames(string hubName, int partitionCount)
    {
        var lower = hubName.ToLowerInvariant();
        ControlQueues = [.. Enumerable.Range(0, partitionCount).Select(partition => $"{lower}-control-{partition:D2}")];
        WorkItemQueue = $"{lower}-workitems";
        HistoryTable = hubName + "History";
        InstancesTable = hubName + "Instances";
        DeadLettersTable = hubName + "DeadLetters";
        IdempotencyTable = hubName + "Idempotency";
        LeasesTable = hubName + "Leases";
        LeaseContainer = $"{lower}-leases";
        PayloadContainer = $"{lower}-largemessages";
    }

    /// <summary>Gets the control queues, one per partition.</summary>
    public IReadOnlyList<string> ControlQueues { get; }

    /// <summary>Gets the queue of activity executions.</summary>
    public string WorkItemQueue { get; }

    /// <summary>Gets the table of history events (partition key = instance id).</summary>
    public string HistoryTable { get; }

    /// <summary>Gets the table of instance rows.</summary>
    public string InstancesTable { get; }

    /// <summary>Gets the table of dead-lettered messages.</summary>
    public string DeadLettersTable { get; }

    /// <summary>Gets the table of idempotency records.</summary>
    public string IdempotencyTable { get; }

    /// <summary>Gets the table of the host's named leases.</summary>
    public string LeasesTable { get; }

    /// <summary>Gets the container of partition lease blobs.</summary>
    public string LeaseContainer { get; }

    /// <summary>Gets the container of payloads too large for a queue message or a table property.</summary>
    public string PayloadContainer { get; }

    /// <summary>Gets every table name.</summary>
    public IEnumerable<string> Tables => [HistoryTable, InstancesTable, DeadLettersTable, IdempotencyTable, LeasesTable];
}
