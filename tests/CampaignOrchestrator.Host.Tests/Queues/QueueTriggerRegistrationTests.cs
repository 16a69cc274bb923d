using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary><c>AddQueueTrigger</c>: names checked at start-up, before any store is used (so on one backend only).</summary>
public sealed class QueueTriggerRegistrationTests() : QueueListenerTestBase(StoreBackend.Sqlite)
{
    [Fact]
    public async Task Start_InvalidQueueName_FailsNamingTheTriggerAndTheRule()
    {
        await using var harness = Harness(triggers: services => services.AddQueueTrigger<ScriptedHandler>("Inbound_Responses"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains("The queue trigger of ScriptedHandler: 'Inbound_Responses' is not a valid queue name. A queue name has 3 to 63 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NameFromConfigurationTooLongForItsPoisonQueue_FailsNamingTheSetting()
    {
        var name = new string('q', 60);
        await using var harness = Harness(
            new Dictionary<string, string?> { ["Inbound:QueueName"] = name },
            triggers: services => services.AddQueueTrigger<ScriptedHandler>(
                provider => provider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Inbound:QueueName"], "Inbound:QueueName"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains($"Inbound:QueueName: queue '{name}' has no valid poison queue: '{name}-poison' is longer than 63 characters. Use a name of at most 56 characters.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NameFromConfigurationMissing_FailsNamingTheSetting()
    {
        await using var harness = Harness(triggers: services => services.AddQueueTrigger<ScriptedHandler>(_ => null, "Inbound:QueueName"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains("Inbound:QueueName: '' is not a valid queue name.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoTriggersOnOneQueue_Fails()
    {
        const string queueName = "inbound-twice";
        await using var harness = Harness(triggers: services => services
            .AddQueueTrigger<ScriptedHandler>(queueName)
            .AddQueueTrigger<ScriptedHandler>(_ => queueName, "Inbound:QueueName"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains($"Inbound:QueueName: queue '{queueName}' already has a trigger (ScriptedHandler)", error.Message, StringComparison.Ordinal);
    }
}
