using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.DependencyInjection;
using CampaignOrchestrator.Durable.Orchestration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.Tests.DependencyInjection;

public sealed class DurableEngineBuilderTests
{
    [Fact]
    public void AddDurableEngine_ResolvesByNameAndActivitiesPerExecution()
    {
        var services = new ServiceCollection();
        services.AddDurableEngine(b => b.AddOrchestrator<Hello>().AddActivity<Echo>("Echo"));
        using var provider = services.BuildServiceProvider();
        var registry = provider.GetRequiredService<DurableRegistry>();

        Assert.IsType<Hello>(registry.CreateOrchestrator(provider, "Hello"));
        Assert.NotSame(registry.CreateActivity(provider, "Echo"), registry.CreateActivity(provider, "Echo"));
        Assert.Null(registry.CreateActivity(provider, "Unknown"));
        Assert.True(registry.HasOrchestrator("Hello"));
    }

    [Fact]
    public void AddDurableEngine_DuplicateName_IsRejectedWithBothNames()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddDurableEngine(b => b.AddActivity<Echo>("Echo").AddActivity<Echo>("Echo")));

        Assert.Contains("'Echo' is already registered", error.Message, StringComparison.Ordinal);
    }

    private sealed class Hello : Orchestrator<string, string>
    {
        public override Task<string> RunAsync(OrchestrationContext context, string input) => context.CallActivityAsync<string>("Echo", input);
    }

    private sealed class Echo : Activity<string, string>
    {
        public override Task<string> RunAsync(ActivityContext context, string input, CancellationToken cancellationToken) => Task.FromResult(input);
    }
}
