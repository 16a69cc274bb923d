using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>The queue settings in the host: Azure Functions' defaults, host.json names, validation at start-up.</summary>
public sealed class QueueConfigurationTests
{
    [Fact]
    public void Defaults_AreAzureFunctionsQueueTriggerDefaults()
    {
        using var factory = new HostFactory(null);
        factory.CreateClient().Dispose();

        var options = factory.Services.GetRequiredService<IOptions<QueueOptions>>().Value;

        Assert.Equal(
            (16, 8, 5, TimeSpan.Zero, TimeSpan.FromMinutes(1), QueueMessageEncoding.Base64, TimeSpan.FromMinutes(10)),
            (options.BatchSize, options.EffectiveNewBatchThreshold, options.MaxDequeueCount, options.VisibilityTimeout, options.MaxPollingInterval, options.Encoding, options.LeaseDuration));
    }

    [Fact]
    public void HostJson_ExtensionsQueues_MapOntoTheQueueSettings()
    {
        const string hostJson = """
            {
              "version": "2.0",
              "extensions": {
                "queues": {
                  "batchSize": 8,
                  "newBatchThreshold": 3,
                  "maxDequeueCount": 2,
                  "visibilityTimeout": "00:00:45",
                  "maxPollingInterval": "00:00:02",
                  "messageEncoding": "none"
                }
              }
            }
            """;
        using var factory = new HostFactory(null, hostJson);
        factory.CreateClient().Dispose();

        var options = factory.Services.GetRequiredService<IOptions<QueueOptions>>().Value;

        Assert.Equal(
            (8, 3, 2, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(2), QueueMessageEncoding.None),
            (options.BatchSize, options.EffectiveNewBatchThreshold, options.MaxDequeueCount, options.VisibilityTimeout, options.MaxPollingInterval, options.Encoding));
    }

    [Theory]
    [InlineData("Queues:BatchSize", "0", "Queues:BatchSize (host.json extensions.queues.batchSize) must be from 1 to 32 (was 0).")]
    [InlineData("Queues:BatchSize", "33", "Queues:BatchSize (host.json extensions.queues.batchSize) must be from 1 to 32 (was 33).")]
    [InlineData("Queues:NewBatchThreshold", "-1", "Queues:NewBatchThreshold (host.json extensions.queues.newBatchThreshold) must be from 0 to 1000 (was -1).")]
    [InlineData("Queues:MaxDequeueCount", "0", "Queues:MaxDequeueCount (host.json extensions.queues.maxDequeueCount) must be from 1 to 1000 (was 0).")]
    [InlineData("Queues:VisibilityTimeout", "8.00:00:00", "Queues:VisibilityTimeout (host.json extensions.queues.visibilityTimeout) must be from 00:00:00 to 7.00:00:00 (was 8.00:00:00).")]
    [InlineData("Queues:VisibilityTimeout", "-00:00:01", "Queues:VisibilityTimeout (host.json extensions.queues.visibilityTimeout) must be from 00:00:00 to 7.00:00:00 (was -00:00:01).")]
    [InlineData("Queues:MaxPollingInterval", "00:00:00.050", "Queues:MaxPollingInterval (host.json extensions.queues.maxPollingInterval) must be from 00:00:00.1000000 to 01:00:00 (was 00:00:00.0500000).")]
    [InlineData("Queues:MessageEncoding", "utf8", "Queues:MessageEncoding (host.json extensions.queues.messageEncoding) must be base64 or none (was 'utf8').")]
    public void Start_BadQueueSetting_FailsNamingTheSettingAndItsHostJsonName(string key, string value, string expected)
    {
        using var factory = new HostFactory(new Dictionary<string, string?> { [key] = value });

        var message = StartupFailure.Capture(factory);

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_HostJsonQueueSettingOutOfRange_FailsNamingTheHostJsonSetting()
    {
        const string hostJson = """{ "extensions": { "queues": { "batchSize": 64 } } }""";
        using var factory = new HostFactory(null, hostJson);

        var message = StartupFailure.Capture(factory);

        Assert.Contains("Queues:BatchSize (host.json extensions.queues.batchSize) must be from 1 to 32 (was 64).", message, StringComparison.Ordinal);
    }
}
