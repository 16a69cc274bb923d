using CampaignOrchestrator.Host.Tests.TestSupport;

namespace CampaignOrchestrator.Host.Tests.Configuration;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Host:Keys:Master", null, "Host:Keys:Master is required")]
    [InlineData("Host:Keys:Master", "short-key", "Host:Keys:Master must be at least 16 characters")]
    [InlineData("Storage:Provider", "AzureStorage", "Storage:Provider is AzureStorage, so AzureWebJobsStorage must be set")]
    [InlineData("Storage:Provider", "Cosmos", "must be Sqlite or AzureStorage (was 'Cosmos')")]
    [InlineData("Storage:Sqlite:Path", "", "Storage:Sqlite:Path is required")]
    [InlineData("Durable:HubName", "1-bad-hub", "Durable:HubName (host.json extensions.durableTask.hubName) must start with a letter")]
    [InlineData("Durable:Worker:MaxDeliveryCount", "0", "Durable:Worker:MaxDeliveryCount")]
    [InlineData("Durable:Worker:MaxPollingInterval", "00:05:00", "Durable:Worker:MaxPollingInterval (host.json extensions.durableTask.storageProvider.maxQueuePollingInterval)")]
    public void Start_BadSetting_FailsWithAMessageNamingTheSetting(string key, string? value, string expected)
    {
        using var factory = new HostFactory(new Dictionary<string, string?> { [key] = value });

        var message = StartupFailure.Capture(factory);

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_HostJsonOutOfRange_FailsNamingTheHostJsonSetting()
    {
        const string hostJson = """{ "version": "2.0", "extensions": { "durableTask": { "maxConcurrentActivityFunctions": 0 } } }""";
        using var factory = new HostFactory(null, hostJson);

        var message = StartupFailure.Capture(factory);

        Assert.Contains(
            "Durable:Worker:MaxConcurrentActivities (host.json extensions.durableTask.maxConcurrentActivityFunctions): must be between 1 and 1000 (was 0).",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Start_HostJsonStorageTypeAzureStorageWithoutAccount_FailsNamingAzureWebJobsStorage()
    {
        const string hostJson = """{ "extensions": { "durableTask": { "storageProvider": { "type": "AzureStorage" } } } }""";
        using var factory = new HostFactory(null, hostJson);

        var message = StartupFailure.Capture(factory);

        Assert.Contains("AzureWebJobsStorage:accountName", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AzureStorageWithMalformedServiceUri_FailsNamingTheKey()
    {
        using var factory = new HostFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureStorage",
            ["AzureWebJobsStorage:queueServiceUri"] = "not a uri",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://account.table.core.windows.net",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://account.blob.core.windows.net",
        });

        var message = StartupFailure.Capture(factory);

        Assert.Contains("AzureWebJobsStorage:queueServiceUri must be an absolute http(s) URI", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AzureStorageWithPartitionCountOutOfRange_FailsNamingTheKeyAndNeverTheConnectionString()
    {
        const string connectionString = "DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=c2VjcmV0LWFjY291bnQta2V5;EndpointSuffix=core.windows.net";
        using var factory = new HostFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureStorage",
            ["AzureWebJobsStorage"] = connectionString,
            ["Storage:AzureStorage:PartitionCount"] = "17",
        });

        var message = StartupFailure.Capture(factory);

        Assert.Contains("Storage:AzureStorage:PartitionCount must be from 1 to 16", message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWFjY291bnQta2V5", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_HostJsonNotJson_FailsNamingTheFile()
    {
        using var factory = new HostFactory(null, "{ \"extensions\": ");

        var message = StartupFailure.Capture(factory);

        Assert.Contains("host.json", message, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EncryptedLocalSettings_FailsSayingSo()
    {
        using var factory = new HostFactory(null, localSettings: """{ "IsEncrypted": true, "Values": {} }""");

        var message = StartupFailure.Capture(factory);

        Assert.Contains("local.settings.json", message, StringComparison.Ordinal);
        Assert.Contains("encrypted", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MissingKey_NeverShowsAnyConfiguredSecret()
    {
        using var factory = new HostFactory(new Dictionary<string, string?> { ["Host:Keys:Master"] = null });

        var message = StartupFailure.Capture(factory);

        Assert.DoesNotContain(HostFactory.QuestionProApiKey, message, StringComparison.Ordinal);
        Assert.DoesNotContain(HostFactory.SatisMeterWriteKey, message, StringComparison.Ordinal);
    }
}
