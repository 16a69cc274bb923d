using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// The account's service clients and the hub's resource names, shared by every store of one hub. Creates the hub's
/// queues, tables and containers once, on first use.
/// </summary>
public sealed class StorageAccount
{
    private readonly Lock _gate = new();
    private Task? _creation;

    /// <summary>Connects to the account the options name; nothing is called until a store is used.</summary>
    /// <param name="options">Valid options.</param>
    public StorageAccount(AzureStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Names = new StorageNames(options.HubName, options.PartitionCount);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Queues = new QueueServiceClient(options.ConnectionString);
            Tables = new TableServiceClient(options.ConnectionString);
            Blobs = new BlobServiceClient(options.ConnectionString);
        }
        else
        {
            Queues = new QueueServiceClient(options.QueueServiceUri, options.Credential);
            Tables = new TableServiceClient(options.TableServiceUri, options.Credential);
            Blobs = new BlobServiceClient(options.BlobServiceUri, options.Credential);
        }

        WorkerId = options.WorkerId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>Gets the options.</summary>
    public AzureStorageOptions Options { get; }

    /// <summary>Gets the queue service.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>Gets the table service.</summary>
    public TableServiceClient Tables { get; }

    /// <summary>Gets the blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>Gets the id this process owns partitions under.</summary>
    public string WorkerId { get; }

    /// <summary>Gets the hub's resource names.</summary>
    internal StorageNames Names { get; }

    /// <summary>Creates the hub's queues, tables and containers if missing (once per process; retried after a failure).</summary>
    /// <param name="cancellationToken">Cancels the wait (not the creation).</param>
    /// <returns>A task that completes when they exist.</returns>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        Task creation;
        lock (_gate)
        {
            // A failed creation (say, the account was briefly unreachable) is tried again by the next caller.
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateResourcesAsync();
            }

            creation = _creation;
        }

        await creation.WaitAsync(cancellationToken);
    }

    /// <summary>Gets a table of the hub.</summary>
    /// <param name="name">The table name.</param>
    /// <returns>The client.</returns>
    internal TableClient Table(string name) => Tables.GetTableClient(name);

    private async Task CreateResourcesAsync()
    {
        var creations = new List<Task>();
        creations.AddRange(Names.ControlQueues.Append(Names.WorkItemQueue).Select(queue => Queues.GetQueueClient(queue).CreateIfNotExistsAsync()));
        creations.AddRange(Names.Tables.Select(table => Tables.CreateTableIfNotExistsAsync(table)));
        creations.Add(Blobs.GetBlobContainerClient(Names.LeaseContainer).CreateIfNotExistsAsync());
        creations.Add(Blobs.GetBlobContainerClient(Names.PayloadContainer).CreateIfNotExistsAsync());
        await Task.WhenAll(creations);
    }
}
