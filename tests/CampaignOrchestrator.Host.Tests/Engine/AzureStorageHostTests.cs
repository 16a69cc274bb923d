using System.Net;
using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Tests.Shared;

namespace CampaignOrchestrator.Host.Tests.Engine;

/// <summary>The host on the Azure Storage backend (Azurite), selected and configured as in production.</summary>
public sealed class AzureStorageHostTests : IAsyncLifetime, IAsyncDisposable
{
    private HostFactory? _factory;

    private HostFactory Factory => _factory!;

    public async Task InitializeAsync() => _factory = new HostFactory(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureStorage",
        ["AzureWebJobsStorage"] = await Azurite.ConnectionStringAsync(),
        ["Durable:HubName"] = "HostTests" + Guid.NewGuid().ToString("N")[..10],
    });

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    [Fact]
    public async Task Health_OnAzureStorage_Returns200Healthy()
    {
        using var client = Factory.CreateAnonymousClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Orchestration_OnAzureStorage_RunsToCompletionAndTheAccountKeyIsNeverLogged()
    {
        var id = await Factory.Durable.StartAsync(nameof(GreetingOrchestrator), "Azure");

        var state = await Factory.WaitForStatusAsync(id, RuntimeStatus.Completed);

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.DoesNotContain(Factory.Logs.GetSnapshot(), record => record.Message.Contains("AccountKey", StringComparison.OrdinalIgnoreCase)
            || record.Message.Contains("Eby8vdM02xNO", StringComparison.Ordinal));
    }
}
