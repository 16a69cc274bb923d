using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Campaigns.Tests.TestSupport;

/// <summary>
/// An orchestration that does nothing: starting one wakes an idle worker at once. The engine wakes itself for a timer a
/// millisecond after its due time, so when a test moves the fake clock exactly to a timer's due time while the worker
/// is between two idle waits, nothing would look at the store again until the clock moved once more.
/// </summary>
internal sealed class WorkerNudge : Orchestrator<string?, string?>
{
    public const string Name = "WorkerNudge";

    public override Task<string?> RunAsync(OrchestrationContext context, string? input) => Task.FromResult(input);
}
