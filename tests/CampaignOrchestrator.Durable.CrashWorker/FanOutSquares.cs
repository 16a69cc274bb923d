using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Durable.CrashWorker;

/// <summary>Calls <see cref="Square"/> for every index below its input, all in parallel, and returns the results in index order.</summary>
public sealed class FanOutSquares : Orchestrator<int, long[]>
{
    /// <inheritdoc />
    public override async Task<long[]> RunAsync(OrchestrationContext context, int input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var calls = new Task<long>[input];
        for (var i = 0; i < input; i++)
        {
            calls[i] = context.CallActivityAsync<long>(nameof(Square), i);
        }

        return await Task.WhenAll(calls);
    }
}
