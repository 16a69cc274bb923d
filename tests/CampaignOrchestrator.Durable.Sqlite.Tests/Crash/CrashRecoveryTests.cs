using System.Diagnostics;
using System.Globalization;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Durable.Client;
using CampaignOrchestrator.Durable.CrashWorker;
using CampaignOrchestrator.Durable.History;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Durable.Sqlite.Tests.TestSupport;
using CampaignOrchestrator.Durable.Testing;
using Xunit.Abstractions;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Crash;

/// <summary>
/// Kills a real worker process with SIGKILL part-way through a 1,000-activity fan-out, starts another on the same file,
/// and checks the orchestration completes with every result present exactly once.
/// </summary>
[Collection(CrashTestGroup.Name)]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Activities = 1_000;

    // SIGKILL is sent once the first worker has reported this many executions; the test fails unless it lands before the
    // fan-out ends.
    private const int KillAfter = 300;
    private const string InstanceId = "crash-fan-out";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromMinutes(3);

    // 4 activities at a time, each pausing 20 ms: the fan-out takes seconds, so the kill lands in the middle. Locks of
    // 5 seconds: the killed worker's locks lapse, and its work is redelivered, that long after the kill.
    private static readonly string[] WorkerOptions = ["--max-activities", "4", "--activity-delay-ms", "20", "--lock-seconds", "5"];

    private readonly TemporaryDatabaseFolder _folder = new();
    private readonly ExecutionLog _executions = new(Activities);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Sigkill_MidFanOut_RestartOnSameFile_CompletesWithEveryResultExactlyOnce()
    {
        var startedAt = Stopwatch.GetTimestamp();
        await using var client = await DurableTestHost.StartAsync(
            engine => engine.AddOrchestrator<FanOutSquares>(),
            options =>
            {
                options.DatabasePath = _folder.DatabasePath;
                options.StartWorker = false;
            });
        await client.Client.StartAsync(nameof(FanOutSquares), Activities, new StartOrchestrationOptions(InstanceId));

        var first = CrashWorkerProcess.Start("first worker", _folder.DatabasePath, _executions, WorkerOptions);
        var second = default(CrashWorkerProcess);
        try
        {
            await first.Ready.WaitAsync(StepTimeout);
            var firstReadyAt = Stopwatch.GetElapsedTime(startedAt);
            var reportedAtKill = await first.KillAfterAsync(KillAfter).WaitAsync(StepTimeout);
            await first.WaitForExitAsync(StepTimeout);
            var killedAt = Stopwatch.GetElapsedTime(startedAt);

            var afterKill = await client.Client.GetAsync(InstanceId, includeHistory: true);
            Assert.NotNull(afterKill);
            Assert.False(afterKill.Status.IsFinished(), $"the instance finished ({afterKill.Status}) before the kill took effect");
            Assert.InRange(first.Executions, KillAfter, Activities - 1);
            var recordedAtKill = afterKill.History!.OfType<TaskCompleted>().Count();
            output.WriteLine(
                $"first worker (pid {first.ProcessId}) ready at {firstReadyAt.TotalSeconds:F1} s, killed at {killedAt.TotalSeconds:F1} s: {reportedAtKill} executions reported when the kill was sent, " +
                $"{first.Executions} by the time it died; {recordedAtKill} results in the history; status {afterKill.Status}");

            second = CrashWorkerProcess.Start("second worker", _folder.DatabasePath, _executions, WorkerOptions);
            await second.Ready.WaitAsync(StepTimeout);
            var secondReadyAt = Stopwatch.GetElapsedTime(startedAt);
            var state = await client.Client.WaitForCompletionAsync(InstanceId, includeHistory: true).WaitAsync(CompletionTimeout);
            var completedAt = Stopwatch.GetElapsedTime(startedAt);

            second.RequestStop();
            var exitCode = await second.WaitForExitAsync(StepTimeout);

            Assert.True(state.Status == RuntimeStatus.Completed, $"status {state.Status}: {state.Failure?.Message}");
            AssertEveryResultExactlyOnce(state);
            Assert.Equal(0, exitCode);

            var counts = _executions.Counts();
            Assert.Equal(0, _executions.OutOfRange);
            Assert.All(counts, count => Assert.True(count >= 1));
            Assert.True(_executions.Total >= Activities, $"only {_executions.Total} executions");
            output.WriteLine(
                $"second worker (pid {second.ProcessId}) ready at {secondReadyAt.TotalSeconds:F1} s: {second.Executions} executions; instance completed at {completedAt.TotalSeconds:F1} s");
            output.WriteLine(
                $"{_executions.Total} executions in total for {Activities} activities; {counts.Count(c => c > 1)} indexes executed more than once " +
                $"(at most {counts.Max()} times)");
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            WriteDiagnostics(first);
            if (second is not null)
            {
                WriteDiagnostics(second);
            }
        }
    }

    private static void AssertEveryResultExactlyOnce(InstanceState state)
    {
        var results = DataConverter.Deserialize<long[]>(state.Output);
        Assert.NotNull(results);
        Assert.Equal(Activities, results.Length);
        for (var i = 0; i < Activities; i++)
        {
            Assert.Equal((long)i * i, results[i]);
        }

        Assert.Equal(Activities, results.Distinct().Count());

        var history = state.History!;
        Assert.Empty(history.OfType<TaskFailed>());
        var scheduled = history.OfType<TaskScheduled>().ToList();
        Assert.Equal(Activities, scheduled.Count);
        Assert.Equal(Activities, scheduled.Select(s => s.TaskId).Distinct().Count());
        var inputs = scheduled.ToDictionary(s => s.TaskId, s => int.Parse(s.Input!, CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(0, Activities), inputs.Values.Order());

        var completed = history.OfType<TaskCompleted>().ToList();
        Assert.Equal(Activities, completed.Count);
        Assert.Equal(Activities, completed.Select(c => c.TaskScheduledId).Distinct().Count());
        foreach (var result in completed)
        {
            Assert.True(inputs.TryGetValue(result.TaskScheduledId, out var index), $"result for unscheduled task {result.TaskScheduledId}");
            Assert.Equal((long)index * index, DataConverter.Deserialize<long>(result.Result));
        }
    }

    private void WriteDiagnostics(CrashWorkerProcess worker)
    {
        if (worker.Diagnostics is { Length: > 0 } diagnostics)
        {
            output.WriteLine($"{worker.Name} (pid {worker.ProcessId}) also wrote:{Environment.NewLine}{diagnostics}");
        }
    }
}
