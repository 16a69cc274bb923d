using CampaignOrchestrator.Durable.Worker;
using CampaignOrchestrator.Host.Engine;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Tests.Configuration;

/// <summary>host.json and local.settings.json in the content root, read as Azure Functions reads them.</summary>
public sealed class FunctionsConfigurationTests
{
    private const string HostJson = """
        {
          // Comments and trailing commas are allowed, as in Azure Functions.
          "version": "2.0",
          "logging": { "logLevel": { "default": "Warning", "CampaignOrchestrator": "Debug" } },
          "extensions": {
            "durableTask": {
              "hubName": "FromHostJson",
              "maxConcurrentActivityFunctions": 7,
              "maxConcurrentOrchestratorFunctions": 3,
              "extendedSessionsEnabled": false,
              "storageProvider": {
                "maxQueuePollingInterval": "00:00:02",
                "workItemQueueVisibilityTimeout": "00:03:00",
              },
            },
          },
        }
        """;

    private static readonly Dictionary<string, string?> HostJsonDecides = new()
    {
        ["Durable:HubName"] = null,
        ["Durable:Worker:MaxPollingInterval"] = null,
        ["Logging:LogLevel:Default"] = null,
    };

    [Fact]
    public void HostJson_DurableTaskSettings_MapOntoTheWorkerAndTheHub()
    {
        using var factory = new HostFactory(HostJsonDecides, HostJson);
        factory.CreateClient().Dispose();

        var worker = factory.Services.GetRequiredService<IOptions<DurableWorkerOptions>>().Value;
        Assert.Equal(7, worker.MaxConcurrentActivities);
        Assert.Equal(3, worker.MaxConcurrentOrchestrations);
        Assert.Equal(0, worker.MaxCachedOrchestrations);
        Assert.Equal(TimeSpan.FromSeconds(2), worker.MaxPollingInterval);
        Assert.Equal(TimeSpan.FromMinutes(3), worker.LockDuration);
        Assert.Equal("FromHostJson", factory.Services.GetRequiredService<IOptions<DurableHostOptions>>().Value.HubName);
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal("Warning", configuration["Logging:LogLevel:Default"]);
        Assert.Equal("Debug", configuration["Logging:LogLevel:CampaignOrchestrator"]);
    }

    [Fact]
    public async Task HostJson_HubName_IsTheTaskHubOfHandedOutUris()
    {
        using var factory = new HostFactory(HostJsonDecides, HostJson);
        using var client = factory.CreateKeyedClient();

        var (_, body) = await Api.StartAsync(client, TestOrchestrations.Greeting);

        Assert.Contains("taskHub=FromHostJson", body.GetProperty("statusQueryGetUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LocalSettings_Values_BecomeConfigurationKeysWithEitherSeparator()
    {
        const string localSettings = """
            {
              "IsEncrypted": false,
              "Values": {
                "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
                "QuestionPro__Datacenter": "EU",
                "SatisMeter:BaseUrl": "http://127.0.0.1:7072/",
                "Durable__Worker__MaxDeliveryCount": 4
              },
              "ConnectionStrings": { "Reports": "Data Source=reports.db" },
              "Host": { "LocalHttpPort": 7080 }
            }
            """;
        using var factory = new HostFactory(null, localSettings: localSettings);
        factory.CreateClient().Dispose();

        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal("dotnet-isolated", configuration["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("EU", configuration["QuestionPro:Datacenter"]);
        Assert.Equal("http://127.0.0.1:7072/", configuration["SatisMeter:BaseUrl"]);
        Assert.Equal("Data Source=reports.db", configuration.GetConnectionString("Reports"));
        Assert.Equal("7080", configuration["Host:LocalHttpPort"]);
        Assert.Equal(4, factory.Services.GetRequiredService<IOptions<DurableWorkerOptions>>().Value.MaxDeliveryCount);
    }

    [Fact]
    public void Sources_Precedence_HostJsonThenAppSettingsThenLocalSettingsThenCommandLine()
    {
        const string hostJson = """
            { "extensions": { "durableTask": { "hubName": "HubA", "maxConcurrentActivityFunctions": 5, "maxConcurrentOrchestratorFunctions": 2 } } }
            """;
        const string localSettings = """
            { "Values": { "Durable__HubName": "HubC", "Durable:Worker:MaxDeliveryCount": "4", "Durable__Worker__ShutdownTimeout": "00:00:09" } }
            """;
        using var factory = new HostFactory(
            new Dictionary<string, string?> { ["Durable:HubName"] = null, ["Durable:Worker:ShutdownTimeout"] = "00:00:07" },
            hostJson,
            localSettings);
        File.WriteAllText(
            Path.Combine(factory.Folder, "appsettings.json"),
            """{ "Durable": { "HubName": "HubB", "Worker": { "MaxConcurrentOrchestrations": 6, "MaxDeliveryCount": 3 } } }""");
        factory.CreateClient().Dispose();

        var worker = factory.Services.GetRequiredService<IOptions<DurableWorkerOptions>>().Value;
        Assert.Equal("HubC", factory.Services.GetRequiredService<IOptions<DurableHostOptions>>().Value.HubName);
        Assert.Equal(5, worker.MaxConcurrentActivities);
        Assert.Equal(6, worker.MaxConcurrentOrchestrations);
        Assert.Equal(4, worker.MaxDeliveryCount);
        Assert.Equal(TimeSpan.FromSeconds(7), worker.ShutdownTimeout);
    }

    [Fact]
    public void NoFiles_Defaults_AreTheDocumentedOnes()
    {
        using var factory = new HostFactory(new Dictionary<string, string?> { ["Durable:HubName"] = null });
        factory.CreateClient().Dispose();

        Assert.Equal("CampaignOrchestrator", factory.Services.GetRequiredService<IOptions<DurableHostOptions>>().Value.HubName);
        Assert.Equal("Sqlite", factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
        Assert.Equal(1000, factory.Services.GetRequiredService<IOptions<DurableWorkerOptions>>().Value.MaxCachedOrchestrations);
    }
}
