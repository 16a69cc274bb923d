using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Telemetry;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>Samples the store's backlog for the engine's metrics, at a slow pace so it costs nothing that matters.</summary>
/// <param name="store">The backend.</param>
/// <param name="interval">Time between samples.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">Logs failed samples.</param>
internal sealed class BacklogSampler(IOrchestrationStore store, TimeSpan interval, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Samples until stopped.</summary>
    /// <param name="stop">Ends the loop.</param>
    /// <returns>A task that completes when stopped.</returns>
    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var backlog = await store.GetBacklogAsync(stop);
                DurableTelemetry.RecordBacklog(backlog.InstanceMessages, backlog.Activities);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A metric sample is not worth failing the worker for.
                Logs.FetchFailed(logger, exception, "backlog");
            }

            try
            {
                await Task.Delay(interval, timeProvider, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
