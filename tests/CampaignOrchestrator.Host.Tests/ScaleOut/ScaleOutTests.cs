using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Storage.Queues;
using CampaignOrchestrator.Durable.AzureStorage;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;
using CampaignOrchestrator.Tests.Shared;
using Xunit.Abstractions;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>
/// Two real host processes on one Azurite task hub run 200 campaign runs and 2,000 inbound responses against a sandbox in
/// the test process. Once both have done part of the work, one is killed with SIGKILL; the other takes its partitions
/// over when their leases expire and finishes everything. Then: every instance completed; every side effect reached the
/// sandbox once (one batch and one send per run, each response recorded once); every History row is an episode committed
/// once (no gap, no repeated task or answer), each naming the worker that committed it — both before the kill, only the
/// survivor after it.
/// </summary>
[Collection(ScaleOutTestGroup.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output) : IDisposable
{
    private const string MasterKey = "scale-out-test-master-key-7d2e4b";
    private const int PartitionCount = AzureStorageOptions.DefaultPartitionCount;
    private const string First = "scaleout-a";
    private const string Second = "scaleout-b";

    // The shortest partition lease the backend allows: a killed process's partitions are free again 15 s after its last renewal.
    private const string PartitionLease = "00:00:15";

    // Messages and activities the killed process had received come back this long after it took them (default 2 minutes).
    private const string LockDuration = "00:00:10";

    // The kill lands once this share of the batches and of the responses reached the sandbox: mid-way, with work of both kinds in flight.
    private const double KillAfterShareDone = 0.3;

    private static readonly TimeSpan BalanceTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MidwayTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan TakeoverTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LedgerPollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StoragePollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StatusPollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("scale-out-").FullName;
    private readonly string _hubName = "ScaleOut" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _queueName = "scaleout-inbound-" + Guid.NewGuid().ToString("N")[..10];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    [Fact]
    public async Task TwoHostsOnOneHub_SigkillOneMidway_SurvivorTakesItsPartitionsAndEverythingHappensOnce()
    {
        var connection = await Azurite.ConnectionStringAsync();
        var probe = new TaskHubProbe(connection, _hubName);
        await using var sandbox = await VendorSandboxServer.StartAsync(options => options.QuestionProRateLimit = new RateLimitOptions { PermitLimit = 100_000 });
        var campaigns = Directory.CreateDirectory(Path.Combine(_folder, "campaigns")).FullName;
        await File.WriteAllTextAsync(Path.Combine(campaigns, ScaleOutWorkload.CampaignName + ".json"), ScaleOutWorkload.Definition);

        var checkedAll = false;

        // Both at once: either may take the partitions first, and the other steals its share.
        var starting = new[] { (Name: "host A", Worker: First), (Name: "host B", Worker: Second) }
            .Select(host => ScaleOutHost.StartAsync(host.Name, _folder, Settings(connection, sandbox.BaseAddress, campaigns, host.Worker), host.Worker, MasterKey))
            .ToList();
        try
        {
            var hosts = await Task.WhenAll(starting);
            var (first, second) = (hosts[0], hosts[1]);
            var balanced = await WaitForAsync("each host to own half the partitions", BalanceTimeout, StoragePollInterval, async () =>
            {
                var owners = await probe.ReadPartitionOwnersAsync();
                return owners.Count == PartitionCount && owners.Values.Count(owner => owner == First) == PartitionCount / 2 ? owners : null;
            });
            Log($"both hosts listening; partitions {Describe(balanced)}");

            await SubmitAsync(connection, first, second);
            Log($"{ScaleOutWorkload.MessageCount} inbound messages queued and {ScaleOutWorkload.RunCount} runs started (half through each host)");

            // Phase 1: both hosts work until part of each kind of work has reached the vendor.
            var midway = await WaitForAsync("part of the work to reach the sandbox", MidwayTimeout, LedgerPollInterval, () => Task.FromResult(MidwayProgress(sandbox)), () => Progress(sandbox).ToString());
            var beforeKill = await probe.ReadHistoriesAsync(ScaleOutWorkload.RunIdPrefix, ScaleOutWorkload.InboundIdPrefix);
            var episodesBeforeKill = beforeKill.Values.SelectMany(HistoryAudit.Episodes).ToList();
            var owners = await probe.ReadPartitionOwnersAsync();
            var killedPartitions = owners.Where(pair => pair.Value == Second).Select(pair => pair.Key).Order().ToList();
            var survivorOutputBeforeKill = first.Process.Output.Length;
            var exitCode = await second.Process.KillAsync(KillTimeout);

            // Taken once the process is gone, so every episode it ever started began before this instant.
            var killedAt = TimeProvider.System.GetUtcNow();
            Log($"mid-way ({midway}); episodes so far by worker: {CountBy(episodesBeforeKill)}; partitions {Describe(owners)}; host B killed (exit code {exitCode})");

            Assert.True(episodesBeforeKill.Any(episode => episode.WorkerId == First), $"host A committed no episode before the kill: {CountBy(episodesBeforeKill)}");
            Assert.True(episodesBeforeKill.Any(episode => episode.WorkerId == Second), $"host B committed no episode before the kill: {CountBy(episodesBeforeKill)}");
            Assert.NotEmpty(killedPartitions);
            Assert.True(midway.Batches + midway.Responses < ScaleOutWorkload.RunCount + ScaleOutWorkload.ResponseCount, $"the kill came after all the work: {midway}");
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(128 + 9, exitCode); // killed by SIGKILL
            }

            // Phase 2: the survivor takes the killed host's partitions once their leases expire, and finishes everything.
            await WaitForAsync("host A to own every partition", TakeoverTimeout, StoragePollInterval, async () =>
                (await probe.ReadPartitionOwnersAsync()) is { Count: PartitionCount } all && all.Values.All(owner => owner == First) ? all : null);
            Log("host A owns every partition");
            var runs = await WaitForCompletionAsync(first, ScaleOutWorkload.RunIdPrefix, ScaleOutWorkload.RunCount);
            var inbound = await WaitForCompletionAsync(first, ScaleOutWorkload.InboundIdPrefix, ScaleOutWorkload.MessageCount * (1 + ScaleOutWorkload.ChunksPerMessage));
            Log("every instance completed");

            var survivorLogAfterKill = first.Process.Output[survivorOutputBeforeKill..];
            Assert.All(killedPartitions, partition => Assert.Contains($"Worker {First} took partition {partition} (stolen: False)", survivorLogAfterKill, StringComparison.Ordinal));

            var histories = await probe.ReadHistoriesAsync(ScaleOutWorkload.RunIdPrefix, ScaleOutWorkload.InboundIdPrefix);
            var episodes = ScaleOutChecks.EveryEpisodeCommittedOnce(histories, [First, Second]);
            ScaleOutChecks.OnlyTheSurvivorCommittedAfterTheKill(episodes, killedAt, First, killedPartitions, PartitionCount);
            ScaleOutChecks.OneBatchAndOneSendPerRun(sandbox, runs);
            ScaleOutChecks.EveryResponseRecordedOnce(sandbox, inbound);
            var afterKill = episodes.Where(episode => episode.StartedAt > killedAt).ToList();
            Log($"episodes by worker: {CountBy(episodes)}; after the kill: runs {CountBy(afterKill.Where(IsRun))}, inbound {CountBy(afterKill.Where(episode => !IsRun(episode)))}");
            Log($"checked; wall time {_clock.Elapsed.TotalSeconds:F0} s");
            checkedAll = true;
        }
        finally
        {
            // Whichever started is stopped, even when the other failed to.
            foreach (var task in starting.Where(task => task.IsCompletedSuccessfully))
            {
                var host = await task;
                await host.DisposeAsync();
                WriteHostOutput(host, everything: !checkedAll);
            }
        }
    }

    private static LedgerProgress? MidwayProgress(VendorSandboxServer sandbox)
    {
        var progress = Progress(sandbox);
        return progress.Batches >= ScaleOutWorkload.RunCount * KillAfterShareDone && progress.Responses >= ScaleOutWorkload.ResponseCount * KillAfterShareDone ? progress : null;
    }

    private static LedgerProgress Progress(VendorSandboxServer sandbox) =>
        new(sandbox.GetLedger(LedgerKinds.EmailBatchCreated).Count, sandbox.GetLedger(LedgerKinds.SatisMeterResponseRecorded).Count);

    private async Task SubmitAsync(string connection, ScaleOutHost first, ScaleOutHost second)
    {
        // Messages go to the queue, as a producer with any Azure SDK writes them; both hosts' listeners take from it.
        var queue = new QueueClient(connection, _queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        for (var message = 0; message < ScaleOutWorkload.MessageCount; message++)
        {
            await queue.SendMessageAsync(ScaleOutWorkload.InboundMessage(message));
        }

        // Half the runs through each host's API: either host may start an instance of any partition.
        await Parallel.ForEachAsync(
            ScaleOutWorkload.RunIds.Select((id, index) => (id, index)),
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (run, _) => await (run.index % 2 == 0 ? first : second).StartRunAsync(ScaleOutWorkload.CampaignName, run.id));
    }

    // A bounded poll of the survivor's list API until every instance with the prefix has finished; a failed one fails at once.
    private async Task<IReadOnlyList<JsonElement>> WaitForCompletionAsync(ScaleOutHost host, string prefix, int expected)
    {
        var progress = "nothing listed yet";
        return await WaitForAsync(
            $"the {expected} instances {prefix}* to complete",
            CompletionTimeout,
            StatusPollInterval,
            async () =>
            {
                var instances = await host.ListAsync(prefix);
                var failed = instances.FirstOrDefault(instance => instance.GetProperty("runtimeStatus").GetString() is "Failed" or "Terminated");
                Assert.True(failed.ValueKind == JsonValueKind.Undefined, $"an instance did not complete: {failed}");
                var completed = instances.Count(instance => instance.GetProperty("runtimeStatus").GetString() == "Completed");
                progress = $"{completed} of {expected} completed";
                return completed == expected ? instances : null;
            },
            () => progress);
    }

    // Polls a condition with a bounded wait, saying how far it got every few seconds; the condition returns its result
    // when met, null otherwise.
    private async Task<T> WaitForAsync<T>(string what, TimeSpan timeout, TimeSpan interval, Func<Task<T?>> condition, Func<string>? progress = null)
        where T : class
    {
        var waited = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        while (true)
        {
            if (await condition() is { } met)
            {
                return met;
            }

            var state = progress?.Invoke();
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {waited.Elapsed.TotalSeconds:F0} s for {what}, in vain{(state is null ? string.Empty : ": " + state)}.");
            }

            if (state is not null && waited.Elapsed - reported >= ProgressInterval)
            {
                reported = waited.Elapsed;
                Log($"waiting for {what}: {state}");
            }

            await Task.Delay(interval);
        }
    }

    private Dictionary<string, string> Settings(string connection, Uri sandbox, string campaigns, string workerId) => new()
    {
        ["Host__Keys__Master"] = MasterKey,
        ["Storage__Provider"] = "AzureStorage",
        ["AzureWebJobsStorage"] = connection,
        ["Durable__HubName"] = _hubName,
        ["Storage__AzureStorage__PartitionCount"] = PartitionCount.ToString(CultureInfo.InvariantCulture),
        ["Storage__AzureStorage__PartitionLeaseDuration"] = PartitionLease,
        ["Storage__AzureStorage__WorkerId"] = workerId,
        ["Durable__Worker__LockDuration"] = LockDuration,
        ["Durable__Worker__MaxPollingInterval"] = "00:00:00.500",
        ["QuestionPro__BaseUrl"] = sandbox.ToString(),
        ["QuestionPro__ApiKey"] = SampleAccount.ApiKey,
        ["QuestionPro__RateLimit__PermitLimit"] = "100000",
        ["SatisMeter__BaseUrl"] = sandbox.ToString(),
        ["SatisMeter__WriteKey"] = SampleAccount.WriteKey,
        ["SatisMeter__RateLimit__PermitLimit"] = "1000",
        ["Campaigns__Directory"] = campaigns,
        ["Inbound__QueueName"] = _queueName,
        ["Inbound__ChunkSize"] = ScaleOutWorkload.ChunkSize.ToString(CultureInfo.InvariantCulture),
        ["Inbound__MaxParallelChunks"] = "1",
        ["Queues__MaxPollingInterval"] = "00:00:01",
    };

    private static bool IsRun(Episode episode) => episode.InstanceId.StartsWith(ScaleOutWorkload.RunIdPrefix, StringComparison.Ordinal);

    private static string Describe(IReadOnlyDictionary<int, string> owners) =>
        string.Join(", ", owners.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}"));

    private static string CountBy(IEnumerable<Episode> episodes) =>
        string.Join(", ", episodes.GroupBy(episode => episode.WorkerId ?? "(none)").OrderBy(group => group.Key).Select(group => $"{group.Key} {group.Count()}"));

    private void Log(string message) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed.TotalSeconds,5:F1} s] {message}"));

    // All of it after a failure; after a success only the warnings (lost partitions, redone sends), thousands of lines fewer.
    private void WriteHostOutput(ScaleOutHost host, bool everything)
    {
        var lines = host.Process.Output.Split(Environment.NewLine);
        var shown = everything
            ? lines
            : lines.Where((line, index) => IsWarning(line) || (index > 0 && IsWarning(lines[index - 1])));
        output.WriteLine($"--- {host.Process.Name} ({host.WorkerId}, pid {host.Process.ProcessId}) {(everything ? "output" : "warnings")} ---");
        output.WriteLine(string.Join(Environment.NewLine, shown));
    }

    private static bool IsWarning(string line) =>
        line.Contains(": warn: ", StringComparison.Ordinal) || line.Contains(": fail: ", StringComparison.Ordinal) || line.Contains(": crit: ", StringComparison.Ordinal);

    /// <summary>How much of the workload's side effects the sandbox's ledger holds.</summary>
    /// <param name="Batches">Email batches created.</param>
    /// <param name="Responses">SatisMeter responses recorded.</param>
    private sealed record LedgerProgress(int Batches, int Responses)
    {
        public override string ToString() => $"{Batches} batches and {Responses} responses in the sandbox's ledger";
    }
}
