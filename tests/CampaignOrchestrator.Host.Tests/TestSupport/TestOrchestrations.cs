using System.Text.Json;
using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Orchestration;

namespace CampaignOrchestrator.Host.Tests.TestSupport;

/// <summary>Orchestrations the host tests start through the management API.</summary>
public static class TestOrchestrations
{
    public const string Greeting = nameof(GreetingOrchestrator);
    public const string WaitForApproval = nameof(WaitForApprovalOrchestrator);
    public const string Failing = nameof(FailingOrchestrator);
    public const string ApprovalEvent = "Approval";

    public static void Register(DurableEngineBuilder engine) => engine
        .AddOrchestrator<GreetingOrchestrator>()
        .AddOrchestrator<WaitForApprovalOrchestrator>()
        .AddOrchestrator<FailingOrchestrator>()
        .AddActivity<SayHelloActivity>();
}

/// <summary>Greets its input through an activity, with a custom status.</summary>
public sealed class GreetingOrchestrator : Orchestrator<string?, string>
{
    public override async Task<string> RunAsync(OrchestrationContext context, string? input)
    {
        context.SetCustomStatus(new { stage = "greeting" });
        return await context.CallActivityAsync<string>(nameof(SayHelloActivity), input ?? "world");
    }
}

/// <summary>Says hello.</summary>
public sealed class SayHelloActivity : Activity<string, string>
{
    public override Task<string> RunAsync(ActivityContext context, string input, CancellationToken cancellationToken) =>
        Task.FromResult($"Hello, {input}!");
}

/// <summary>Waits for the approval event and returns its payload.</summary>
public sealed class WaitForApprovalOrchestrator : Orchestrator<JsonElement?, JsonElement?>
{
    public override Task<JsonElement?> RunAsync(OrchestrationContext context, JsonElement? input) =>
        context.WaitForExternalEvent<JsonElement?>(TestOrchestrations.ApprovalEvent);
}

/// <summary>Fails.</summary>
public sealed class FailingOrchestrator : Orchestrator<JsonElement?, string>
{
    public override Task<string> RunAsync(OrchestrationContext context, JsonElement? input) =>
        throw new InvalidOperationException("The failing orchestration failed on purpose.");
}
