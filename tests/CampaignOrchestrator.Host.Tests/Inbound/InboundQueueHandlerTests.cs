using CampaignOrchestrator.Durable;
using CampaignOrchestrator.Host.Inbound;
using CampaignOrchestrator.Host.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Host.Tests.Inbound;

/// <summary>The inbound queue's trigger: start once, poison what can never succeed.</summary>
public abstract class InboundQueueHandlerTests<TFixture>(TFixture host) : IClassFixture<TFixture>
    where TFixture : InboundHostFixture
{
    [Fact]
    public async Task Handle_MalformedJson_PoisonWithTheReason()
    {
        var outcome = await HandleAsync("q-malformed", "{\"responses\": [", dequeueCount: 1);

        var poison = Assert.IsType<QueueMessageOutcome.PoisonOutcome>(outcome);
        Assert.StartsWith("The message is not a valid inbound message: $: malformed JSON", poison.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_SchemaViolation_PoisonNamingEveryPath()
    {
        var outcome = await HandleAsync("q-invalid", """[{"target":"satismeter","campaign":"c","answers":[{"id":"a","value":1}]},{"target":"nowhere"}]""", dequeueCount: 1);

        var poison = Assert.IsType<QueueMessageOutcome.PoisonOutcome>(outcome);
        Assert.Contains("$[0]: exactly one of userId and anonymousId is required", poison.Reason, StringComparison.Ordinal);
        Assert.Contains("$[1].target: must be \"satismeter\" or \"questionpro\"", poison.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_Redelivery_StartsTheInstanceOnce()
    {
        var body = InboundHostFixture.Message("queue-redelivered", ["redelivered-1"]);

        Assert.Same(QueueMessageOutcome.Completed, await HandleAsync("transport-1", body, dequeueCount: 1));
        var first = await host.WaitForStatusAsync("inbound-queue-redelivered", RuntimeStatus.Completed);
        Assert.Same(QueueMessageOutcome.Completed, await HandleAsync("transport-1", body, dequeueCount: 2));

        var after = await host.Durable.GetAsync("inbound-queue-redelivered");
        Assert.Equal(first.ExecutionId, after!.ExecutionId);
        Assert.Equal(RuntimeStatus.Completed, after.Status);
        Assert.Equal(1, host.RecordedByUser()["redelivered-1"]);
    }

    [Fact]
    public async Task Handle_NoProducerMessageId_UsesTheQueueMessageId()
    {
        var body = """{"target":"satismeter","campaign":"sandbox-campaign","answers":[{"id":"nps","value":7}],"anonymousId":"anon-42"}""";

        Assert.Same(QueueMessageOutcome.Completed, await HandleAsync("0199-transport-id", body, dequeueCount: 1));

        Assert.NotNull(await host.WaitForStatusAsync("inbound-0199-transport-id", RuntimeStatus.Completed));
    }

    private async Task<QueueMessageOutcome> HandleAsync(string id, string body, int dequeueCount)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<InboundQueueHandler>();
        return await handler.HandleAsync(new QueueMessage(host.QueueName, id, body, dequeueCount, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)), CancellationToken.None);
    }
}
