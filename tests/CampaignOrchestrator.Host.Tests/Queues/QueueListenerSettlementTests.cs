using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>What becomes of a message: deleted, retried, or moved to the poison queue with its reason.</summary>
public abstract class QueueListenerSettlementTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    [Fact]
    public async Task Handler_Completes_MessageDeletedAfterOneDelivery()
    {
        await using var harness = Harness();
        await harness.StartAsync();

        var id = await harness.Sender.SendAsync(harness.QueueName, """{"id":"r-1"}""");
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        var delivery = Assert.Single(harness.Handler.Deliveries);
        Assert.Equal(new QueueMessage(harness.QueueName, id, """{"id":"r-1"}""", 1, QueueListenerHarness.Origin), delivery.Message);
        Assert.Equal(0, await harness.DepthAsync());
        Assert.Equal(0, await harness.DepthAsync(harness.PoisonQueueName));
    }

    [Fact]
    public async Task Handler_ReturnsPoison_MovedAtOnceWithTheHandlersReason()
    {
        await using var harness = Harness();
        harness.Handler.Behavior = (_, _) => Task.FromResult(QueueMessageOutcome.Poison("$.responses[0].target: required"));
        await harness.StartAsync();

        var id = await harness.Sender.SendAsync(harness.QueueName, """{"responses":[{}]}""");
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);

        var poison = await harness.SinglePoisonMessageAsync();
        Assert.Equal(id, poison.Id);
        Assert.Equal("$.responses[0].target: required", poison.PoisonReason);
        Assert.Equal(1, poison.DequeueCount);
        Assert.Equal(QueueMessageEncoding.Base64.Encode("""{"responses":[{}]}"""), poison.Body);
        Assert.Single(harness.Handler.Deliveries);
        Assert.Equal(0, await harness.DepthAsync());
        var logged = await harness.WaitForLogAsync(2105);
        Assert.Contains(id, logged.Message, StringComparison.Ordinal);
        Assert.Contains("$.responses[0].target: required", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_ThrowsOnEveryDelivery_PoisonedAfterMaxDequeueCountNamingTheCountAndTheException()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:MaxDequeueCount"] = "3" });
        harness.Handler.Behavior = (_, _) => throw new InvalidOperationException("The inventory is closed.");
        await harness.StartAsync();

        var id = await harness.Sender.SendAsync(harness.QueueName, "payload");
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);

        Assert.Equal([1, 2, 3], harness.Handler.Deliveries.Select(delivery => delivery.Message.DequeueCount));
        var poison = await harness.SinglePoisonMessageAsync();
        Assert.Equal(id, poison.Id);
        Assert.Equal(3, poison.DequeueCount);
        Assert.Equal(
            "The handler failed on 3 deliveries (maxDequeueCount 3); the last failure was System.InvalidOperationException: The inventory is closed.",
            poison.PoisonReason);
        Assert.Equal(0, await harness.DepthAsync());
        Assert.Equal(3, harness.LogsWithEventId(2106).Count());
    }

    [Fact]
    public async Task Handler_ThrowsALongMessage_ReasonQuotesItShortenedAndNeverTheStackTrace()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:MaxDequeueCount"] = "1" });
        harness.Handler.Behavior = (_, _) => throw new InvalidOperationException(new string('x', 2000));
        await harness.StartAsync();

        await harness.Sender.SendAsync(harness.QueueName, "payload");
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);

        var reason = (await harness.SinglePoisonMessageAsync()).PoisonReason!;
        Assert.Contains(new string('x', PoisonReasons.MaxQuotedMessageLength) + "…", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', PoisonReasons.MaxQuotedMessageLength + 1), reason, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handler_FailsOnce_RetriedWhenTheVisibilityTimeoutHasPassed()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:VisibilityTimeout"] = "00:00:30" });
        harness.Handler.Behavior = (message, _) => message.DequeueCount == 1
            ? throw new TimeoutException("The vendor did not answer.")
            : Task.FromResult(QueueMessageOutcome.Completed);
        await harness.StartAsync();

        await harness.Sender.SendAsync(harness.QueueName, "payload");
        var release = Assert.Single(await harness.Store.WaitForCountAsync(StoreCall.UpdateVisibility, 1));
        await harness.Store.WaitForAsync(StoreCall.Receive, receives => receives.Any(receive => receive.Messages == 0));
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.Store.WaitForCountAsync(StoreCall.Delete, 1);

        Assert.Equal(TimeSpan.FromSeconds(30), release.Visibility);
        Assert.Equal(
            [(1, QueueListenerHarness.Origin), (2, QueueListenerHarness.Origin.AddSeconds(30))],
            harness.Handler.Deliveries.Select(delivery => (delivery.Message.DequeueCount, delivery.At)));
        Assert.Equal(0, await harness.DepthAsync());
    }

    [Fact]
    public async Task Body_NotBase64_PoisonedAtOnceWithoutCallingTheHandler()
    {
        await using var harness = Harness();
        var id = await harness.EnqueueRawAsync("""{"not":"base64"}""");

        await harness.StartAsync();
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);

        var poison = await harness.SinglePoisonMessageAsync();
        Assert.Equal(id, poison.Id);
        Assert.Equal("The message is not valid base64, which Queues:MessageEncoding 'base64' requires.", poison.PoisonReason);
        Assert.Equal("""{"not":"base64"}""", poison.Body);
        Assert.Empty(harness.Handler.Deliveries);
    }

    [Fact]
    public async Task Body_Base64OfBytesThatAreNotUtf8_PoisonedAtOnce()
    {
        await using var harness = Harness();
        await harness.EnqueueRawAsync(Convert.ToBase64String([0xFF, 0xFE, 0xC3]));

        await harness.StartAsync();
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);

        Assert.Equal("The message is valid base64, but its bytes are not valid UTF-8 text.", (await harness.SinglePoisonMessageAsync()).PoisonReason);
        Assert.Empty(harness.Handler.Deliveries);
    }

    [Fact]
    public async Task Message_ReceivedMoreOftenThanAllowedWithoutAResult_PoisonedWithoutCallingTheHandler()
    {
        await using var harness = Harness(new Dictionary<string, string?> { ["Queues:MaxDequeueCount"] = "2" });
        await harness.EnqueueRawAsync(QueueMessageEncoding.Base64.Encode("payload"));

        // Two receivers took the message and vanished without settling it (their processes ended).
        for (var i = 0; i < 2; i++)
        {
            Assert.Single(await harness.Store.Inner.ReceiveAsync(harness.QueueName, 1, TimeSpan.FromMinutes(10)));
            harness.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        await harness.StartAsync();
        await harness.Store.WaitForCountAsync(StoreCall.MoveToPoison, 1);

        var poison = await harness.SinglePoisonMessageAsync();
        Assert.Equal(3, poison.DequeueCount);
        Assert.StartsWith("The message was received 3 times, more than maxDequeueCount 2", poison.PoisonReason, StringComparison.Ordinal);
        Assert.Empty(harness.Handler.Deliveries);
    }
}
