using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using CampaignOrchestrator.Durable.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Engine;

/// <summary>Waiting for instances that a trigger is about to create.</summary>
public sealed class ClientWaitTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WaitForStart_InstanceCreatedLater_WaitsForItInsteadOfThrowing()
    {
        await using var host = await DurableTestHost.StartAsync(engine => engine.AddOrchestrator<Hello>(), options => options.DatabasePath = _folder.DatabasePath);

        var waiting = host.Client.WaitForStartAsync("created-later");
        Assert.False(waiting.IsCompleted);
        await host.Client.StartAsync(nameof(Hello), null, new StartOrchestrationOptions("created-later"));
        var state = await waiting.WaitAsync(Timeout);

        Assert.NotEqual(RuntimeStatus.Pending, state.Status);
        Assert.Equal("created-later", state.InstanceId);
    }

    [Fact]
    public async Task WaitUntil_NoSuchInstance_Throws()
    {
        await using var host = await DurableTestHost.StartAsync(engine => engine.AddOrchestrator<Hello>(), options => options.DatabasePath = _folder.DatabasePath);

        await Assert.ThrowsAsync<InstanceNotFoundException>(() => host.Client.WaitUntilAsync("missing", false, _ => true).WaitAsync(Timeout));
    }

    private sealed class Hello : Orchestrator<string?, string>
    {
        public override Task<string> RunAsync(OrchestrationContext context, string? input) => Task.FromResult("hello");
    }
}
