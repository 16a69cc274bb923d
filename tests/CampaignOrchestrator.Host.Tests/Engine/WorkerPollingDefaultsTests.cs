using CampaignOrchestrator.Durable.Worker;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Tests.Engine;

/// <summary>The worker's longest idle poll: Durable Functions' 30 s on Azure Storage, where polls are billed; 1 s on SQLite.</summary>
public sealed class WorkerPollingDefaultsTests
{
    [Theory]
    [InlineData("AzureStorage", null, 30_000)]
    [InlineData("AzureStorage", "00:00:02", 2_000)]
    [InlineData("Sqlite", null, 1_000)]
    [InlineData("Sqlite", "00:00:05", 5_000)]
    public async Task MaxPollingInterval_ByProviderAndSetting(string provider, string? configured, int expectedMilliseconds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Durable:Worker:MaxPollingInterval"] = configured,
        };
        if (provider == "AzureStorage")
        {
            settings["AzureWebJobsStorage"] = await Azurite.ConnectionStringAsync();
            settings["Durable:HubName"] = "HostTests" + Guid.NewGuid().ToString("N")[..10];
        }

        await using var host = new HostFactory(settings);

        var worker = host.Services.GetRequiredService<IOptions<DurableWorkerOptions>>().Value;
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), worker.MaxPollingInterval);
    }
}
