using Azure.Core;
using CampaignOrchestrator.Durable.AzureStorage;
using CampaignOrchestrator.Host.Engine;
using Microsoft.Extensions.Configuration;

namespace CampaignOrchestrator.Host.Tests.Engine;

public sealed class AzureStorageConnectionTests
{
    private static readonly TokenCredential Identity = new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned);

    [Fact]
    public void Apply_ConnectionString_IsUsedWithTheHubName()
    {
        var options = Apply(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true", ["Durable:HubName"] = "Campaigns2" });

        Assert.Equal("UseDevelopmentStorage=true", options.ConnectionString);
        Assert.Equal("Campaigns2", options.HubName);
        Assert.Null(options.Credential);
    }

    [Fact]
    public void Apply_AccountName_DerivesTheServiceUrisAndUsesTheIdentity()
    {
        var options = Apply(new() { ["AzureWebJobsStorage:accountName"] = "prodcampaigns" });

        Assert.Null(options.ConnectionString);
        Assert.Equal(new Uri("https://prodcampaigns.queue.core.windows.net"), options.QueueServiceUri);
        Assert.Equal(new Uri("https://prodcampaigns.table.core.windows.net"), options.TableServiceUri);
        Assert.Equal(new Uri("https://prodcampaigns.blob.core.windows.net"), options.BlobServiceUri);
        Assert.Same(Identity, options.Credential);
        options.Validate();
    }

    [Fact]
    public void Apply_ServiceUris_OverrideTheAccountsDefaults()
    {
        var options = Apply(new()
        {
            ["AzureWebJobsStorage:accountName"] = "prodcampaigns",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://queues.example.net",
            ["Storage:AzureStorage:PartitionCount"] = "8",
        });

        Assert.Equal(new Uri("https://queues.example.net"), options.QueueServiceUri);
        Assert.Equal(new Uri("https://prodcampaigns.blob.core.windows.net"), options.BlobServiceUri);
        Assert.Equal(8, options.PartitionCount);
    }

    [Fact]
    public void Apply_NothingConfigured_FailsNamingEveryWayToConfigureIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Apply([]));

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage:blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    private static AzureStorageOptions Apply(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new AzureStorageOptions();
        AzureStorageConnection.Apply(configuration, options, Identity);
        return options;
    }
}
