using Azure;
using Azure.Data.Tables;
using CampaignOrchestrator.Durable.AzureStorage.Orchestrations;
using CampaignOrchestrator.Durable.AzureStorage.Partitions;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>
/// Instances, histories and messages on the Durable Task storage model: one control queue per partition (an instance's
/// partition is the FNV-1a hash of its id), a work-item queue for activities, the History table (one row per event and
/// a sentinel whose ETag guards every checkpoint), the Instances table (ETag-checked updates) and blob leases that give
/// each partition to one process at a time. Checkpoints follow the Durable Task order: enqueue outbound messages, write
/// history, update the instance row, delete the consumed messages — a crash in between yields duplicates (which the
/// engine drops by task id), never losses.
/// </summary>
public sealed partial class AzureOrchestrationStore : IOrchestrationStore, IAsyncDisposable
{
    private readonly StorageAccount _account;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TableClient _instances;
    private readonly TableClient _deadLetters;
    private readonly HistoryTable _history;
    private readonly InstancePayloads _payloads;
    private readonly ClockedQueue[] _controlQueues;
    private readonly ClockedQueue _workItems;
    private readonly PartitionManager _partitions;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private volatile bool _started;

    /// <summary>Creates the store; the hub's resources are created and partitions acquired on first use.</summary>
    /// <param name="account">The storage account and hub.</param>
    /// <param name="time">The clock for timers, locks and timestamps.</param>
    /// <param name="logger">The logger.</param>
    public AzureOrchestrationStore(StorageAccount account, TimeProvider time, ILogger<AzureOrchestrationStore>? logger = null)
    {
        _account = account ?? throw new ArgumentNullException(nameof(account));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var names = account.Names;
        _instances = account.Table(names.InstancesTable);
        _deadLetters = account.Table(names.DeadLettersTable);
        _payloads = new InstancePayloads(new PayloadStore(account.Blobs.GetBlobContainerClient(names.PayloadContainer)));
        _history = new HistoryTable(account.Table(names.HistoryTable), _payloads, account.WorkerId);
        _controlQueues = [.. names.ControlQueues.Select(queue => new ClockedQueue(account.Queues.GetQueueClient(queue), time, exists: true))];
        _workItems = new ClockedQueue(account.Queues.GetQueueClient(names.WorkItemQueue), time, exists: true);
        _partitions = new PartitionManager(
            account.Blobs.GetBlobContainerClient(names.LeaseContainer), names.ControlQueues, account.WorkerId, account.Options.PartitionLeaseDuration, _logger);
    }

    /// <summary>Gets the partitions this process owns now.</summary>
    public IReadOnlyCollection<int> OwnedPartitions => _partitions.Owned;

    /// <summary>Gets the partition leases (for tests of balancing and takeover).</summary>
    internal PartitionManager Partitions => _partitions;

    /// <summary>Creates the hub's resources and takes this process's first share of partitions.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when started.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default) => EnsureStartedAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> CreateInstanceAsync(NewInstance start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        ThrowIfInvalid(start, nameof(start));
        await _account.EnsureCreatedAsync(cancellationToken);
        return await CreateInstanceCoreAsync(start, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task SendAsync(InstanceMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(message.Event);
        InstanceIdRules.ThrowIfInvalid(message.InstanceId, nameof(message));
        await _account.EnsureCreatedAsync(cancellationToken);
        await SendCoreAsync(message, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<InstanceState?> GetInstanceAsync(string instanceId, bool includeHistory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await _account.EnsureCreatedAsync(cancellationToken);
        var row = await ReadRowAsync(instanceId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var history = includeHistory ? await _history.LoadAsync(instanceId, row.ExecutionId, cancellationToken) : null;
        return await ToStateAsync(row, includeInput: true, history, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<InstanceState?> GetInstanceStatusAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await _account.EnsureCreatedAsync(cancellationToken);
        return await ReadRowAsync(instanceId, cancellationToken) is { } row ? await ToStateAsync(row, includeInput: false, null, cancellationToken) : null;
    }

    /// <summary>Stops taking work and releases this process's partitions so others take them at once.</summary>
    /// <returns>A task that completes when released.</returns>
    public async ValueTask DisposeAsync()
    {
        // Registered under two service types, the store may be disposed twice; the partitions are released once.
        await _partitions.DisposeAsync();
    }

    /// <summary>Gives an instance's partition.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The partition.</returns>
    internal int PartitionOf(string instanceId) => PartitionHash.PartitionOf(instanceId, _controlQueues.Length);

    private static void ThrowIfInvalid(NewInstance start, string paramName)
    {
        InstanceIdRules.ThrowIfInvalid(start.InstanceId, paramName);
        if (string.IsNullOrWhiteSpace(start.Name))
        {
            throw new ArgumentException("An instance needs an orchestrator name.", paramName);
        }
    }

    private static bool IsCreatedBy(InstanceRow row, ParentInstance? parent) =>
        parent is not null && row.CreatedBy == InstanceRow.CreatorOf(parent);

    private async Task EnsureStartedAsync(CancellationToken cancellationToken)
    {
        if (_started)
        {
            return;
        }

        await _starting.WaitAsync(cancellationToken);
        try
        {
            if (!_started)
            {
                await _account.EnsureCreatedAsync(cancellationToken);
                await _partitions.StartAsync(cancellationToken);
                _started = true;
            }
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task<bool> CreateInstanceCoreAsync(NewInstance start, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var executionId = Guid.NewGuid().ToString("N");
        while (true)
        {
            // A child this very parent task created before (its episode is being committed again after a crash) is kept as
            // it is, finished or not: replacing it would run it twice.
            var existing = await ReadRowAsync(start.InstanceId, cancellationToken);
            if (existing is not null && (start.OnlyIfAbsent || !existing.Status.IsFinished() || IsCreatedBy(existing, start.Parent)))
            {
                return false;
            }

            var row = new InstanceRow
            {
                InstanceId = start.InstanceId,
                Name = start.Name,
                ExecutionId = executionId,
                Status = RuntimeStatus.Pending,
                Input = await _payloads.StorePropertyAsync(start.InstanceId, "input", start.Input, cancellationToken),
                CreatedAt = now,
                LastUpdatedAt = now,
                CreatedBy = InstanceRow.CreatorOf(start.Parent),
            };
            try
            {
                if (existing is null)
                {
                    await _instances.AddEntityAsync(row.ToEntity(), cancellationToken);
                }
                else
                {
                    await _instances.UpdateEntityAsync(row.ToEntity(), existing.ETag, TableUpdateMode.Replace, cancellationToken);
                }
            }
            catch (RequestFailedException error) when (error.IsConflict() || error.IsPreconditionFailed())
            {
                continue;
            }

            // The row exists before its start message, so the message always finds it; a restart's older history goes.
            await _history.ResetAsync(start.InstanceId, executionId, cancellationToken);
            if (existing is not null)
            {
                await _history.DeleteRowsAsync(start.InstanceId, executionId, cancellationToken);
            }

            var started = new ExecutionStarted(now, start.Name, start.InstanceId, executionId, start.Input, start.Parent);
            await SendCoreAsync(new InstanceMessage(start.InstanceId, started, start.ScheduledStart, executionId), cancellationToken);
            return true;
        }
    }

    private async Task SendCoreAsync(InstanceMessage message, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var visibleAt = message.VisibleAt is { } at && at > now ? at : now;
        var envelope = new ControlMessage(message.InstanceId, message.ExecutionId, visibleAt, message.Event, null);
        var text = envelope.ToText();
        if (System.Text.Encoding.UTF8.GetByteCount(text) > QueueLimits.MaxInlineMessageBytes)
        {
            var blob = $"{InstancePayloads.FolderOf(message.InstanceId)}message-{Guid.NewGuid():N}";
            await _payloads.Store.WriteAsync(blob, System.Text.Json.JsonSerializer.Serialize(message.Event, Serialization.DataConverter.Options), cancellationToken);
            text = (envelope with { Event = null, EventBlob = blob }).ToText();
        }

        // A timer further away than one hop comes back after the hop and is hidden again until it is due.
        var delay = visibleAt - now;
        await _controlQueues[PartitionOf(message.InstanceId)].SendAsync(text, delay < QueueLimits.MaxTimerHop ? delay : QueueLimits.MaxTimerHop, cancellationToken);
    }

    private async Task<InstanceRow?> ReadRowAsync(string instanceId, CancellationToken cancellationToken)
    {
        var response = await _instances.GetEntityIfExistsAsync<TableEntity>(instanceId, InstanceRow.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? InstanceRow.From(response.Value!) : null;
    }

    private async Task<InstanceState> ToStateAsync(InstanceRow row, bool includeInput, IReadOnlyList<HistoryEvent>? history, CancellationToken cancellationToken) => new(
        row.InstanceId,
        row.Name,
        row.ExecutionId,
        row.Status,
        includeInput ? await _payloads.LoadAsync(row.Input, cancellationToken) : null,
        await _payloads.LoadAsync(row.Output, cancellationToken),
        await _payloads.LoadAsync(row.CustomStatus, cancellationToken),
        row.CreatedAt,
        row.LastUpdatedAt,
        row.FailureDetails,
        history);
}
