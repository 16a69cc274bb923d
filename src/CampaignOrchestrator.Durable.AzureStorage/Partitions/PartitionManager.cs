using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignOrchestrator.Durable.AzureStorage.Partitions;

/// <summary>
/// Owns this process's share of the hub's partitions through blob leases: one blob per control queue. Every cycle it
/// renews the leases it holds, counts the owners of the others, takes free or expired partitions up to its fair share
/// (partitions / owners, rounded up) and, when none is free, steals one from an owner holding more than its share.
/// A process that dies stops renewing, so its leases expire and the others take its partitions over. Leases are
/// the service's, so the cycle runs on real time whatever clock the store is given.
/// </summary>
internal sealed partial class PartitionManager : IAsyncDisposable
{
    private const string OwnerMetadata = "owner";

    private readonly BlobContainerClient _container;
    private readonly IReadOnlyList<string> _partitionBlobs;
    private readonly string _workerId;
    private readonly TimeSpan _leaseDuration;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<int, BlobLeaseClient> _owned = new();
    private readonly SemaphoreSlim _cycle = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private int _disposed;

    /// <summary>Creates the manager; nothing is acquired until <see cref="StartAsync"/>.</summary>
    /// <param name="container">The lease container.</param>
    /// <param name="partitionBlobs">One blob name per partition (the control queues' names).</param>
    /// <param name="workerId">This process's owner id.</param>
    /// <param name="leaseDuration">The lease duration (15 to 60 seconds).</param>
    /// <param name="logger">The logger.</param>
    public PartitionManager(BlobContainerClient container, IReadOnlyList<string> partitionBlobs, string workerId, TimeSpan leaseDuration, ILogger? logger = null)
    {
        _container = container;
        _partitionBlobs = partitionBlobs;
        _workerId = workerId;
        _leaseDuration = leaseDuration;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the partitions this process owns now.</summary>
    public IReadOnlyCollection<int> Owned => [.. _owned.Keys.Order()];

    /// <summary>Tells whether this process owns a partition now.</summary>
    /// <param name="partition">The partition.</param>
    /// <returns><see langword="true"/> when owned.</returns>
    public bool Owns(int partition) => _owned.ContainsKey(partition);

    /// <summary>Runs a first cycle, then keeps renewing and balancing every third of the lease duration.</summary>
    /// <param name="cancellationToken">Cancels the first cycle.</param>
    /// <returns>A task that completes after the first cycle.</returns>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunCycleAsync(cancellationToken);
        _loop ??= Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Renews held leases, then takes (or steals) partitions up to this process's fair share.</summary>
    /// <param name="cancellationToken">Cancels the cycle.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task RunCycleAsync(CancellationToken cancellationToken)
    {
        await _cycle.WaitAsync(cancellationToken);
        try
        {
            await RenewAsync(cancellationToken);
            await BalanceAsync(cancellationToken);
        }
        finally
        {
            _cycle.Release();
        }
    }

    /// <summary>Stops the renewal loop without releasing anything, as a process that died would (for tests of takeover).</summary>
    /// <returns>A task that completes when the loop has stopped.</returns>
    internal async Task AbandonAsync()
    {
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _owned.Clear();
    }

    /// <summary>Stops renewing and releases every lease so other processes take the partitions at once.</summary>
    /// <returns>A task that completes when released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        foreach (var (partition, lease) in _owned)
        {
            try
            {
                await lease.ReleaseAsync();
            }
            catch (RequestFailedException error)
            {
                Logs.PartitionReleaseFailed(_logger, partition, error.Status);
            }
        }

        _owned.Clear();
        _stopping.Dispose();
        _cycle.Dispose();
    }

    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        var interval = _leaseDuration / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, TimeProvider.System, cancellationToken);
                await RunCycleAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException error)
            {
                // The service may be briefly unreachable: the next cycle tries again before the leases expire.
                Logs.PartitionCycleFailed(_logger, error.Status, error.ErrorCode);
            }
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        foreach (var (partition, lease) in _owned)
        {
            try
            {
                await lease.RenewAsync(cancellationToken: cancellationToken);
            }
            catch (RequestFailedException error) when (error.Status is 409 or 412 or 404 or 400)
            {
                _owned.TryRemove(partition, out _);
                Logs.PartitionLost(_logger, partition, _workerId);
            }
        }
    }
}
