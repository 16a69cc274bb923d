using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>
/// The lease named <see cref="Name"/> that elects the one process which starts scheduled runs. Its token is a fencing
/// token: before each start the holder renews the lease by owner and token (<see cref="ConfirmAsync"/>), so a process
/// that lost it while busy — paused, or cut off from the store — starts nothing more.
/// </summary>
/// <remarks>Used by one scheduling loop at a time; <see cref="HoldsAsync"/> may be called from anywhere.</remarks>
internal sealed class SchedulerLease
{
    /// <summary>The lease name.</summary>
    public const string Name = "scheduler";

    private readonly ILeaseStore _store;
    private readonly SchedulerOptions _options;
    private readonly ILogger _logger;
    private Lease? _held;

    /// <summary>Creates the lease handle.</summary>
    /// <param name="store">The backend's leases.</param>
    /// <param name="options">The lease duration.</param>
    /// <param name="ownerId">Who this process is; unique among the processes sharing the store.</param>
    /// <param name="logger">Logs changes of holder.</param>
    public SchedulerLease(ILeaseStore store, IOptions<SchedulerOptions> options, string ownerId, ILogger<SchedulerLease> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options.Value;
        OwnerId = ownerId;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Gets this process's owner id.</summary>
    public string OwnerId { get; }

    /// <summary>Creates an owner id for this process: machine, process id and a random part (a restarted process is a new owner).</summary>
    /// <returns>The id.</returns>
    public static string NewOwnerId() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Renews the lease when held, otherwise tries to take it.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when this process holds the lease afterwards.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        if (_held is not null && await ConfirmAsync(cancellationToken))
        {
            return true;
        }

        var acquired = await _store.TryAcquireAsync(Name, OwnerId, _options.LeaseDuration, cancellationToken);
        if (acquired is not null)
        {
            _held = acquired;
            _logger.SchedulerLeaseAcquired(OwnerId, acquired.Token);
        }

        return _held is not null;
    }

    /// <summary>Checks, by renewing it under its token, that this process still holds the lease.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public async Task<bool> ConfirmAsync(CancellationToken cancellationToken)
    {
        if (_held is not { } lease)
        {
            return false;
        }

        _held = await _store.RenewAsync(lease, _options.LeaseDuration, cancellationToken);
        if (_held is null)
        {
            _logger.SchedulerLeaseLost(OwnerId, lease.Token);
        }

        return _held is not null;
    }

    /// <summary>
    /// Gives the lease up, if held, so another process takes over at once rather than when it expires. A failure is
    /// logged, not thrown: the lease then simply lapses.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when released.</returns>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_held is not { } lease)
        {
            return;
        }

        _held = null;
        try
        {
            if (await _store.ReleaseAsync(lease, cancellationToken))
            {
                _logger.SchedulerLeaseReleased(OwnerId, lease.Token);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.SchedulerLeaseReleaseFailed(lease.ExpiresAt, exception);
        }
    }

    /// <summary>Reads from the store whether this process holds the lease now.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public async Task<bool> HoldsAsync(CancellationToken cancellationToken) =>
        await _store.GetAsync(Name, cancellationToken) is { } current && current.OwnerId == OwnerId;
}
