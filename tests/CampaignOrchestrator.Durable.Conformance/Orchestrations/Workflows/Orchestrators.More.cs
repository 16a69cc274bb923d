using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Durable.Conformance.Workflows;

/// <summary>Runs rounds with continue-as-new; the last round waits for <c>final</c>, which may have arrived rounds earlier.</summary>
public sealed class Rounds : Orchestrator<int, string>
{
    /// <summary>The last round.</summary>
    public const int LastRound = 3;

    /// <inheritdoc />
    public override async Task<string> RunAsync(OrchestrationContext context, int input)
    {
        context.SetCustomStatus(new { round = input });
        await context.CallActivityAsync<string>(nameof(Echo), $"round {input}");
        if (input < LastRound)
        {
            context.ContinueAsNew(input + 1);
            return string.Empty;
        }

        return $"round {input}: " + await context.WaitForExternalEvent<string>("final");
    }
}

/// <summary>Calls <see cref="Flaky"/> under a retry policy and reports the result or the final failure.</summary>
public sealed class Retrying : Orchestrator<int, string>
{
    /// <summary>The policy: 4 attempts, 1 s then doubling, only for transient failures.</summary>
    public static readonly RetryPolicy Policy = new(4, TimeSpan.FromSeconds(1)) { BackoffCoefficient = 2, Handle = failure => failure.IsTransient };

    /// <inheritdoc />
    public override async Task<string> RunAsync(OrchestrationContext context, int input)
    {
        try
        {
            return await context.CallActivityAsync<string>(nameof(Flaky), new FlakyInput(input), Policy);
        }
        catch (TaskFailedException failed)
        {
            var f = failed.Failure;
            return $"gave up: {f.ErrorType}|{f.Message}|{f.ErrorCode}|{f.IsTransient}|{f.StackTrace is not null}";
        }
    }
}

/// <summary>Schedules a different activity once <see cref="CodeChange.Changed"/> is set: its code "changed" while it ran.</summary>
/// <param name="change">The switch.</param>
public sealed class Changing(CodeChange change) : Orchestrator<string?, string>
{
    /// <inheritdoc />
    public override async Task<string> RunAsync(OrchestrationContext context, string? input)
    {
        var first = change.Changed
            ? await context.CallActivityAsync<string>(nameof(Echo), "new code")
            : (await context.CallActivityAsync<int>(nameof(Increment), 0)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return first + await context.WaitForExternalEvent<string>("go");
    }
}

/// <summary>The switch <see cref="Changing"/> reads.</summary>
public sealed class CodeChange
{
    /// <summary>Gets or sets whether the code has changed.</summary>
    public bool Changed { get; set; }
}

/// <summary>Starts a <see cref="Waiter"/> child and waits for it.</summary>
public sealed class WaitingParent : Orchestrator<string?, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(OrchestrationContext context, string? input) =>
        context.CallSubOrchestratorAsync<string>(nameof(Waiter), null, context.InstanceId + "-child");
}

/// <summary>Waits for <c>go</c>.</summary>
public sealed class Waiter : Orchestrator<string?, string>
{
    /// <inheritdoc />
    public override Task<string> RunAsync(OrchestrationContext context, string? input) => context.WaitForExternalEvent<string>("go");
}

/// <summary>Calls one activity, then waits for <c>go</c>; reports the activity's result.</summary>
public sealed class CallThenWait : Orchestrator<string, string>
{
    /// <inheritdoc />
    public override async Task<string> RunAsync(OrchestrationContext context, string input)
    {
        var echoed = await context.CallActivityAsync<string>(nameof(Echo), input);
        context.SetCustomStatus("called");
        return echoed + "|" + await context.WaitForExternalEvent<string>("go");
    }
}

/// <summary>Cannot be created: its constructor throws, so every episode fails before it runs.</summary>
public sealed class Unconstructible : Orchestrator<string?, string>
{
    /// <summary>Counts construction attempts, then throws.</summary>
    /// <param name="attempts">The counter.</param>
    public Unconstructible(AttemptCounter attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        attempts.Next(nameof(Unconstructible));
        throw new InvalidOperationException("the orchestrator's dependencies are broken");
    }

    /// <inheritdoc />
    public override Task<string> RunAsync(OrchestrationContext context, string? input) => Task.FromResult("unreachable");
}
