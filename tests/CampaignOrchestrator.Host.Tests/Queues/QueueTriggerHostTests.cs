using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>A queue trigger in the real host, on the store the host's settings select.</summary>
public abstract class QueueTriggerHostTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    [Fact]
    public async Task Host_TriggerRegistered_HandlesMessagesSentThroughTheSenderAndLogsTheListener()
    {
        var handled = new TaskCompletionSource<QueueMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var factory = new HostFactory(Backend.HostSettings);
        var queueName = Backend.QueueNamed("host-inbound");
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services
            .AddSingleton(new CompletingHandler(handled))
            .AddQueueTrigger<CompletingHandler>(queueName)));
        host.CreateClient().Dispose();

        var id = await host.Services.GetRequiredService<IQueueSender>().SendAsync(queueName, "from the host");
        var message = await handled.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((queueName, id, "from the host", 1), (message.QueueName, message.Id, message.Body, message.DequeueCount));
        Assert.Contains(host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(), record => record.Id.Id == 2101 && record.Message.Contains(queueName, StringComparison.Ordinal));
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
