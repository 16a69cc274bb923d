using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Durable.Conformance.Workflows;

/// <summary>Calls <see cref="Increment"/> in sequence, <c>input</c> times.</summary>
public sealed class Sequence : Orchestrator<int, int>
{
    /// <inheritdoc />
    public override async Task<int> RunAsync(OrchestrationContext context, int input)
    {
        var total = 0;
        for (var i = 0; i < input; i++)
        {
            total = await context.CallActivityAsync<int>(nameof(Increment), total);
        }

        return total;
    }
}

/// <summary>Calls <see cref="Increment"/> <c>input</c> times in parallel and sums the results.</summary>
public sealed class FanOut : Orchestrator<int, long>
{
    /// <inheritdoc />
    public override async Task<long> RunAsync(OrchestrationContext context, int input)
    {
        var calls = Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(Increment), i));
        var results = await Task.WhenAll(calls);
        return results.Sum(r => (long)r);
    }
}

/// <summary>Waits on a durable timer and returns the time it resumed at.</summary>
public sealed class Sleeper : Orchestrator<TimeSpan, DateTimeOffset>
{
    /// <inheritdoc />
    public override async Task<DateTimeOffset> RunAsync(OrchestrationContext context, TimeSpan input)
    {
        context.SetCustomStatus("sleeping");
        await context.CreateTimer(context.CurrentUtcDateTime + input);
        return context.CurrentUtcDateTime;
    }
}

/// <summary>Waits for <c>go</c> or a day-long timer, whichever is first, and cancels the timer when the event wins.</summary>
public sealed class EventOrTimer : Orchestrator<string?, string>
{
    /// <inheritdoc />
    public override async Task<string> RunAsync(OrchestrationContext context, string? input)
    {
        using var cancelTimer = new CancellationTokenSource();
        var timer = context.CreateTimer(context.CurrentUtcDateTime.AddDays(1), cancelTimer.Token);
        var go = context.WaitForExternalEvent<string>("go");
        var first = await Task.WhenAny(timer, go);
        if (first == go)
        {
#pragma warning disable CA1849 // Cancelled synchronously so it happens inside replay.
            cancelTimer.Cancel();
#pragma warning restore CA1849
            return "event:" + await go;
        }

        return "timer";
    }
}

/// <summary>Waits for <c>approve</c> with an optional timeout, then for <c>second</c>.</summary>
public sealed class Approval : Orchestrator<TimeSpan?, string>
{
    /// <inheritdoc />
    public override async Task<string> RunAsync(OrchestrationContext context, TimeSpan? input)
    {
        context.SetCustomStatus(new { stage = "awaiting-approval" });
        try
        {
            var decision = await context.WaitForExternalEvent<string>("approve", input);
            context.SetCustomStatus(new { stage = "approved" });
            return decision + "," + await context.WaitForExternalEvent<string>("second");
        }
        catch (TimeoutException)
        {
            return "timed out";
        }
    }
}

/// <summary>Doubles its input, failing for negative input.</summary>
public sealed class Child : Orchestrator<int, int>
{
    /// <inheritdoc />
    public override async Task<int> RunAsync(OrchestrationContext context, int input)
    {
        if (input < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input, "negative input");
        }

        return await context.CallActivityAsync<int>(nameof(Increment), (input * 2) - 1);
    }
}

/// <summary>Calls two <see cref="Child"/> sub-orchestrations and reports each outcome.</summary>
public sealed class Parent : Orchestrator<int[], string[]>
{
    /// <inheritdoc />
    public override async Task<string[]> RunAsync(OrchestrationContext context, int[] input)
    {
        var outcomes = new List<string>();
        foreach (var value in input)
        {
            try
            {
                outcomes.Add((await context.CallSubOrchestratorAsync<int>(nameof(Child), value)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (TaskFailedException failed)
            {
                outcomes.Add($"failed:{failed.Failure.ErrorType}:{failed.Failure.Message}");
            }
        }

        return [.. outcomes];
    }
}

/// <summary>Throws from orchestration code.</summary>
public sealed class Broken : Orchestrator<string?, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(OrchestrationContext context, string? input) =>
        throw new InvalidOperationException("the orchestration broke");
}
