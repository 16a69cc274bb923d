using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary><c>AddQueueTrigger</c>: names checked at start-up, and a trigger in the real host end to end.</summary>
public sealed class QueueTriggerRegistrationTests
{
    [Fact]
    public async Task Start_InvalidQueueName_FailsNamingTheTriggerAndTheRule()
    {
        await using var harness = new QueueListenerHarness(triggers: services => services.AddQueueTrigger<ScriptedHandler>("Inbound_Responses"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains("The queue trigger of ScriptedHandler: 'Inbound_Responses' is not a valid queue name. A queue name has 3 to 63 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NameFromConfigurationTooLongForItsPoisonQueue_FailsNamingTheSetting()
    {
        var name = new string('q', 60);
        await using var harness = new QueueListenerHarness(
            new Dictionary<string, string?> { ["Inbound:QueueName"] = name },
            triggers: services => services.AddQueueTrigger<ScriptedHandler>(
                provider => provider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Inbound:QueueName"], "Inbound:QueueName"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains($"Inbound:QueueName: queue '{name}' has no valid poison queue: '{name}-poison' is longer than 63 characters. Use a name of at most 56 characters.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NameFromConfigurationMissing_FailsNamingTheSetting()
    {
        await using var harness = new QueueListenerHarness(triggers: services => services.AddQueueTrigger<ScriptedHandler>(_ => null, "Inbound:QueueName"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains("Inbound:QueueName: '' is not a valid queue name.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_TwoTriggersOnOneQueue_Fails()
    {
        await using var harness = new QueueListenerHarness(triggers: services => services
            .AddQueueTrigger<ScriptedHandler>(QueueListenerHarness.QueueName)
            .AddQueueTrigger<ScriptedHandler>(_ => QueueListenerHarness.QueueName, "Inbound:QueueName"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(harness.StartAsync);

        Assert.Contains($"Inbound:QueueName: queue '{QueueListenerHarness.QueueName}' already has a trigger (ScriptedHandler)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_TriggerRegistered_HandlesMessagesSentThroughTheSenderAndLogsTheListener()
    {
        var handled = new TaskCompletionSource<QueueMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var factory = new HostFactory(null);
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services
            .AddSingleton(new CompletingHandler(handled))
            .AddQueueTrigger<CompletingHandler>("host-inbound")));
        host.CreateClient().Dispose();

        var id = await host.Services.GetRequiredService<IQueueSender>().SendAsync("host-inbound", "from the host");
        var message = await handled.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(("host-inbound", id, "from the host", 1), (message.QueueName, message.Id, message.Body, message.DequeueCount));
        Assert.Contains(host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(), record => record.Id.Id == 2101 && record.Message.Contains("host-inbound", StringComparison.Ordinal));
    }

    private sealed class CompletingHandler(TaskCompletionSource<QueueMessage> handled) : IQueueMessageHandler
    {
        public Task<QueueMessageOutcome> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
        {
            handled.TrySetResult(message);
            return Task.FromResult(QueueMessageOutcome.Completed);
        }
    }
}
