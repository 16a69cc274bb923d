using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using CampaignOrchestrator.Durable.Testing;
using CampaignOrchestrator.Durable.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Engine;

public sealed class WorkerShutdownTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TemporaryDatabaseFolder _folder = new();
    private readonly Gate _gate = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task StopAsync_ActivityFinishesWithinTimeout_ItsResultIsKeptAndItNeverRunsAgain()
    {
        var first = await StartAsync(TimeProvider.System);
        var id = await first.Client.StartAsync(nameof(WaitForGate));
        await _gate.Started.Task.WaitAsync(Timeout);

        var stopping = first.Services.GetRequiredService<DurableWorker>().StopAsync(CancellationToken.None);
        var stoppedBeforeRelease = stopping.IsCompleted;
        _gate.Release.SetResult();
        await stopping.WaitAsync(Timeout);
        await first.DisposeAsync();
        await using var second = await StartAsync(TimeProvider.System);
        var state = await second.Client.WaitForCompletionAsync(id).WaitAsync(Timeout);

        Assert.False(stoppedBeforeRelease);
        Assert.Equal("done", DataConverter.Deserialize<string>(state.Output));
        Assert.Equal(1, _gate.Executions);
    }

    [Fact]
    public async Task StopAsync_ActivityOutlastsTimeout_IsCancelledAndRedeliveredToTheNextWorker()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var first = await StartAsync(time);
        var id = await first.Client.StartAsync(nameof(WaitForGate));
        await _gate.Started.Task.WaitAsync(Timeout);

        var stopping = first.Services.GetRequiredService<DurableWorker>().StopAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        await stopping.WaitAsync(Timeout);
        await first.DisposeAsync();
        _gate.Release.SetResult();
        await using var second = await StartAsync(time);
        var state = await second.Client.WaitForCompletionAsync(id).WaitAsync(Timeout);

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Equal(2, _gate.Executions);
        Assert.True(_gate.SawCancellation);
    }

    private Task<DurableTestHost> StartAsync(TimeProvider time) => DurableTestHost.StartAsync(
        engine => engine.AddOrchestrator<WaitForGate>().AddActivity<GatedActivity>(),
        options =>
        {
            options.DatabasePath = _folder.DatabasePath;
            options.TimeProvider = time;
            options.ConfigureServices = services => services.AddSingleton(_gate);
            options.ConfigureWorker = worker => worker.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });

    public sealed class Gate
    {
        private int _executions;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource StartedAgain { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Executions => Volatile.Read(ref _executions);

        public bool SawCancellation { get; set; }

        public void Count()
        {
            if (Interlocked.Increment(ref _executions) == 2)
            {
                StartedAgain.TrySetResult();
            }
        }
    }

    public sealed class GatedActivity(Gate gate) : Activity<string?, string>
    {
        public override async Task<string> RunAsync(ActivityContext context, string? input, CancellationToken cancellationToken)
        {
            gate.Count();
            gate.Started.TrySetResult();
            try
            {
                await gate.Release.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                gate.SawCancellation = true;
                gate.Cancelled.TrySetResult();
                throw;
            }

            return "done";
        }
    }

    public sealed class WaitForGate : Orchestrator<string?, string>
    {
        public override Task<string> RunAsync(OrchestrationContext context, string? input) =>
            context.CallActivityAsync<string>(nameof(GatedActivity), input);
    }
}
