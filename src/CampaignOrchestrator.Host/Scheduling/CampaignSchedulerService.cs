using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>
/// Runs the scheduler for the life of the host: a pass, then a sleep on the injected clock until the earliest next
/// occurrence or the lease renewal, whichever comes first. On stop it releases the lease so another process takes
/// over at once. A failed pass is logged and retried after the renewal interval; it never stops the host.
/// </summary>
/// <param name="scheduler">The passes.</param>
/// <param name="lease">The scheduler lease, released on stop.</param>
/// <param name="ticks">Where completed passes are reported.</param>
/// <param name="options">The scheduler settings.</param>
/// <param name="timeProvider">The clock the sleeps run on.</param>
/// <param name="logger">Logs failed passes.</param>
internal sealed class CampaignSchedulerService(
    CampaignScheduler scheduler,
    SchedulerLease lease,
    SchedulerTicks ticks,
    IOptions<SchedulerOptions> options,
    TimeProvider timeProvider,
    ILogger<CampaignSchedulerService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.SchedulerDisabled();
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var tick = await PassAsync(stoppingToken);
                var sleep = tick.WakeAt - timeProvider.GetUtcNow();
                var sleeping = Task.Delay(sleep > TimeSpan.Zero ? sleep : TimeSpan.Zero, timeProvider, stoppingToken);
                ticks.Completed(tick);
                await sleeping;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            await lease.ReleaseAsync(CancellationToken.None);
        }
    }

    private async Task<SchedulerTick> PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await scheduler.TickAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            var retryIn = options.Value.RenewInterval;
            logger.SchedulerPassFailed(retryIn, exception);
            var now = timeProvider.GetUtcNow();
            return new SchedulerTick(now, HoldsLease: false, [], now + retryIn);
        }
    }
}
