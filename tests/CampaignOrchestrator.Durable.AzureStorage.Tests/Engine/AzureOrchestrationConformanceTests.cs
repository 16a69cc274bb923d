using CampaignOrchestrator.Tests.Shared;
using CampaignOrchestrator.Durable.Conformance;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.AzureStorage.Tests.Engine;

/// <summary>The engine conformance suite on the Azure Storage backend, each test on a task hub of its own.</summary>
public sealed class AzureOrchestrationConformanceTests : OrchestrationConformanceTests
{
    private readonly string _hubName = "conformance" + Guid.NewGuid().ToString("N")[..12];

    // Azurite (file-backed, as ./test.sh runs it) moves about 120 queue messages a second on a 2-core machine, and each
    // activity costs four queue operations or more: 10,000 would take minutes, so the fan-out runs 500 here.
    protected override int LargeFanOutCount => 500;

    protected override void ConfigureBackend(DurableTestHostOptions options)
    {
        var connectionString = Azurite.ConnectionStringAsync().GetAwaiter().GetResult();
        options.UseBackend = engine => engine.UseAzureStorage(azure =>
        {
            azure.ConnectionString = connectionString;
            azure.HubName = _hubName;
            azure.PartitionCount = 2;
            azure.PartitionLeaseDuration = TimeSpan.FromSeconds(15);
        });
    }
}
