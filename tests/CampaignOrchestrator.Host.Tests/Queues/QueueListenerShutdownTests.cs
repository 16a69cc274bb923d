using CampaignOrchestrator.Host.Queues;
using CampaignOrchestrator.Host.Tests.TestSupport.Backends;

namespace CampaignOrchestrator.Host.Tests.Queues;

/// <summary>Stopping stops receiving, waits for handlers until the host's shutdown timeout, then releases what is left.</summary>
public abstract class QueueListenerShutdownTests(StoreBackend backend) : QueueListenerTestBase(backend)
{
    [Fact]
    public async Task Stop_WhileAHandlerRuns_WaitsForItDeletesTheMessageAndReceivesNoMore()
    {
        await using var harness = Harness();
        var finish = new TaskCompletionSource<QueueMessageOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Handler.Behavior = (_, cancellationToken) => finish.Task.WaitAsync(cancellationToken);
        await harness.StartAsync();
        await harness.Sender.SendAsync(harness.QueueName, "in progress at shutdown");
        await harness.Handler.WaitForDeliveriesAsync(1);

        var stopping = harness.StopAsync();
        Assert.False(stopping.IsCompleted);
        finish.SetResult(QueueMessageOutcome.Completed);
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await harness.EnqueueRawAsync(QueueMessageEncoding.Base64.Encode("after shutdown"));
        harness.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Single(harness.Handler.Deliveries);
        Assert.Single(harness.Store.Calls(StoreCall.Delete));
        Assert.Equal(1, await harness.DepthAsync());
        Assert.Single(harness.LogsWithEventId(2102));
    }

    [Fact]
    public async Task Stop_HandlerOutlivesTheShutdownTimeout_HandlerCancelledAndTheMessageReleasedAtOnce()
    {
        await using var harness = Harness();
        harness.Handler.Behavior = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return QueueMessageOutcome.Completed;
        };
        await harness.StartAsync();
        var id = await harness.Sender.SendAsync(harness.QueueName, "too slow for shutdown");
        await harness.Handler.WaitForDeliveriesAsync(1);

        using var shutdownTimeout = new CancellationTokenSource();
        var stopping = harness.StopAsync(shutdownTimeout.Token);
        await shutdownTimeout.CancelAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        var release = Assert.Single(harness.Store.Calls(StoreCall.UpdateVisibility));
        Assert.Equal(TimeSpan.Zero, release.Visibility);
        var again = Assert.Single(await harness.Store.Inner.ReceiveAsync(harness.QueueName, 32, TimeSpan.FromMinutes(1)));
        Assert.Equal((id, 2), (again.Id, again.DequeueCount));
        Assert.Single(harness.LogsWithEventId(2103));
        Assert.Single(harness.LogsWithEventId(2111));
        Assert.Empty(harness.Store.Calls(StoreCall.MoveToPoison));
    }

    [Fact]
    public async Task Dispose_TwiceWithoutStop_DoesNotThrowAndLaterStopIsANoOp()
    {
        await using var harness = Harness();
        await harness.StartAsync();

        // The container disposes the service once per registration (itself, and as a hosted service).
        harness.Listener.Dispose();
        harness.Listener.Dispose();

        await harness.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(harness.LogsWithEventId(2102));
    }
}
