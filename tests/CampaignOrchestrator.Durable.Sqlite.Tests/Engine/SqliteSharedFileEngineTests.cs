using System.Collections.Concurrent;
using CampaignOrchestrator.Durable.Conformance.Workflows;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Orchestration;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using CampaignOrchestrator.Durable.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Engine;

public sealed class SqliteSharedFileEngineTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly TemporaryDatabaseFolder _folder = new();
    private readonly OverlapDetector _detector = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task TwoWorkers_OneFile_NeverRunOneInstanceAtOnceAndEveryResultLandsOnce()
    {
        const int Instances = 40;
        const int Steps = 5;
        await using var first = await StartAsync();
        await using var second = await StartAsync();

        var ids = new List<string>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add(await (i % 2 == 0 ? first : second).Client.StartAsync(nameof(Guarded), Steps));
        }

        foreach (var id in ids)
        {
            var state = await first.Client.WaitForCompletionAsync(id, includeHistory: true).WaitAsync(Timeout);
            Assert.Equal(RuntimeStatus.Completed, state.Status);
            Assert.Equal(Steps.ToString(System.Globalization.CultureInfo.InvariantCulture), state.Output);
            Assert.Equal(Steps, state.History!.OfType<TaskCompleted>().Count());
        }

        Assert.Empty(_detector.Overlaps);
        Assert.True(_detector.Episodes > Instances * Steps, $"only {_detector.Episodes} episodes ran");
    }

    private Task<DurableTestHost> StartAsync() => DurableTestHost.StartAsync(
        engine => engine.AddOrchestrator<Guarded>().AddActivity<Increment>(),
        options =>
        {
            options.DatabasePath = _folder.DatabasePath;
            options.ConfigureServices = services => services.AddSingleton(_detector);
        });

    /// <summary>Records instances whose orchestration code ran in two places at once.</summary>
    public sealed class OverlapDetector
    {
        private readonly ConcurrentDictionary<string, int> _inside = new(StringComparer.Ordinal);
        private int _episodes;

        public ConcurrentBag<string> Overlaps { get; } = [];

        public int Episodes => Volatile.Read(ref _episodes);

        public void Run(string instanceId)
        {
            Interlocked.Increment(ref _episodes);
            if (_inside.AddOrUpdate(instanceId, 1, (_, n) => n + 1) > 1)
            {
                Overlaps.Add(instanceId);
            }

            // Stay inside long enough that a second worker replaying the same instance would be caught.
            Thread.SpinWait(20_000);
            _inside.AddOrUpdate(instanceId, 0, (_, n) => n - 1);
        }
    }

    /// <summary>Increments in steps, marking each stretch of its code as running.</summary>
    public sealed class Guarded(OverlapDetector detector) : Orchestrator<int, int>
    {
        public override async Task<int> RunAsync(OrchestrationContext context, int input)
        {
            var total = 0;
            for (var i = 0; i < input; i++)
            {
                detector.Run(context.InstanceId);
                total = await context.CallActivityAsync<int>(nameof(Increment), total);
            }

            detector.Run(context.InstanceId);
            return total;
        }
    }
}
