using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CampaignOrchestrator.Durable.Sqlite.Tests.Engine.WorkerShutdownTests;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Engine;

public sealed class ActivityLockLossTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly TemporaryDatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunningActivity_LockLapsesBeforeRenewal_IsCancelledAndOnlyTheRedeliveryRecordsAResult()
    {
        var gate = new Gate();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var host = await DurableTestHost.StartAsync(
            engine => engine.AddOrchestrator<WaitForGate>().AddActivity<GatedActivity>(),
            options =>
            {
                options.DatabasePath = _folder.DatabasePath;
                options.TimeProvider = time;
                options.ConfigureServices = services => services.AddSingleton(gate);
            });
        var id = await host.Client.StartAsync(nameof(WaitForGate));
        await gate.Started.Task.WaitAsync(Timeout);

        // The worker stalls past its lock: the renewal finds the lock gone and cancels the execution, so it stops
        // instead of carrying on beside the redelivered one.
        time.Advance(TimeSpan.FromMinutes(3));
        await Task.WhenAll(gate.Cancelled.Task, gate.StartedAgain.Task).WaitAsync(Timeout);
        gate.Release.SetResult();
        var state = await host.Client.WaitForCompletionAsync(id, includeHistory: true).WaitAsync(Timeout);

        Assert.Equal(RuntimeStatus.Completed, state.Status);
        Assert.Single(state.History!.OfType<TaskCompleted>());
    }
}
