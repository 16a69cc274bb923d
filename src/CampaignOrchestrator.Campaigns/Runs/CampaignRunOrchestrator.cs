using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Durable.Orchestration;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// A campaign run (registered as <see cref="Name"/>): preflight, approval, email waves, the micropanel batch, then
/// monitoring on durable timers — polls, reminders, the <c>stop</c> event, the deadline, the taken target, the
/// micropanel's closure — continuing as new every <see cref="CampaignRunFlow.RoundsPerExecution"/> rounds so a
/// month-long run keeps a short history. Its output is the <see cref="CampaignReport"/>.
/// </summary>
/// <param name="logger">Logs the run's milestones (replay-safe).</param>
public sealed class CampaignRunOrchestrator(ILogger<CampaignRunOrchestrator> logger) : Orchestrator<CampaignRunInput, CampaignReport?>
{
    /// <summary>The name the orchestrator is registered under.</summary>
    public const string Name = "CampaignRun";

    private readonly ILogger _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <inheritdoc/>
    public override Task<CampaignReport?> RunAsync(OrchestrationContext context, CampaignRunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (input?.Definition is null)
        {
            throw new CampaignRunException("A campaign run needs its definition as input: {\"definition\": {...}}.");
        }

        return new CampaignRunFlow(context, input, context.CreateReplaySafeLogger(_logger)).RunAsync();
    }
}
