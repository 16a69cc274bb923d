using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Benchmarks.Engine;

/// <summary>Does nothing: the engine's cost per activity is what the scenarios measure.</summary>
internal sealed class NoOp : Activity<int, int>
{
    public override Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken) => Task.FromResult(input);
}

/// <summary><c>input</c> no-op activities one after another.</summary>
internal sealed class SequenceBench : Orchestrator<int, int>
{
    public override async Task<int> RunAsync(OrchestrationContext context, int input)
    {
        var last = 0;
        for (var i = 0; i < input; i++)
        {
            last = await context.CallActivityAsync<int>(nameof(NoOp), i);
        }

        return last;
    }
}

/// <summary><c>input</c> no-op activities in parallel, then fan-in.</summary>
internal sealed class FanOutBench : Orchestrator<int, int>
{
    public override async Task<int> RunAsync(OrchestrationContext context, int input)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(NoOp), i)));
        return results.Length;
    }
}

/// <summary>One durable timer; returns how late the orchestration resumed after it, in milliseconds.</summary>
internal sealed class TimerBench : Orchestrator<int, double>
{
    public override async Task<double> RunAsync(OrchestrationContext context, int input)
    {
        var fireAt = context.CurrentUtcDateTime.AddMilliseconds(input);
        await context.CreateTimer(fireAt);
        return (context.CurrentUtcDateTime - fireAt).TotalMilliseconds;
    }
}
