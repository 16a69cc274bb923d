using System.Text.Json;
using CampaignOrchestrator.Durable.AzureStorage;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Host.Tests.ScaleOut;

/// <summary>What the scale-out test asserts once everything has completed: in the History table and the sandbox's ledger.</summary>
internal static class ScaleOutChecks
{
    /// <summary>
    /// Every instance of the workload (200 runs, 20 messages and their chunks) has a sound history (see
    /// <see cref="HistoryAudit"/>).
    /// </summary>
    /// <param name="histories">The histories, by instance.</param>
    /// <param name="workers">The worker ids.</param>
    /// <returns>Every committed episode.</returns>
    public static IReadOnlyList<Episode> EveryEpisodeCommittedOnce(IReadOnlyDictionary<string, InstanceHistory> histories, IReadOnlyCollection<string> workers)
    {
        var expected = ScaleOutWorkload.RunIds
            .Concat(ScaleOutWorkload.MessageIds.SelectMany(message =>
                Enumerable.Range(0, ScaleOutWorkload.ChunksPerMessage).Select(chunk => $"inbound-{message}:chunk-{chunk}").Prepend("inbound-" + message)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, histories.Keys.Order(StringComparer.Ordinal));
        var problems = histories.Values.SelectMany(history => HistoryAudit.Problems(history, workers)).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problems in the History table:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(50))}");
        return [.. histories.Values.SelectMany(HistoryAudit.Episodes)];
    }

    /// <summary>
    /// Every episode that started after the kill was committed by the survivor, and it committed episodes of instances in
    /// the partitions the killed process owned: it took them over.
    /// </summary>
    /// <param name="episodes">Every episode.</param>
    /// <param name="killedAt">When the killed process was gone.</param>
    /// <param name="survivor">The survivor's worker id.</param>
    /// <param name="killedPartitions">The partitions the killed process owned.</param>
    /// <param name="partitionCount">The hub's partition count.</param>
    public static void OnlyTheSurvivorCommittedAfterTheKill(IReadOnlyList<Episode> episodes, DateTimeOffset killedAt, string survivor, IReadOnlyList<int> killedPartitions, int partitionCount)
    {
        var afterKill = episodes.Where(episode => episode.StartedAt > killedAt).ToList();
        Assert.All(afterKill, episode => Assert.Equal(survivor, episode.WorkerId));
        var takenOver = afterKill.Where(episode => killedPartitions.Contains(PartitionHash.PartitionOf(episode.InstanceId, partitionCount))).ToList();
        Assert.True(takenOver.Count > 0, $"no episode of partitions {string.Join(",", killedPartitions)} was committed after the kill");
    }

    /// <summary>
    /// Each run created exactly one email batch, named with its own run tag, sent once at creation (no reminder), and the
    /// run's report names that batch and ends on its run time.
    /// </summary>
    /// <param name="sandbox">The sandbox.</param>
    /// <param name="runs">The runs' status payloads (with outputs).</param>
    public static void OneBatchAndOneSendPerRun(VendorSandboxServer sandbox, IReadOnlyList<JsonElement> runs)
    {
        var created = sandbox.GetLedger(LedgerKinds.EmailBatchCreated);
        Assert.Equal(ScaleOutWorkload.RunCount, created.Count);
        Assert.All(created, entry => Assert.StartsWith(ScaleOutWorkload.BatchName + " [co:", entry.Details.GetProperty("batchName").GetString(), StringComparison.Ordinal));
        Assert.Equal(ScaleOutWorkload.RunCount, created.Select(entry => entry.Details.GetProperty("batchName").GetString()).Distinct().Count());
        var batchIds = created.Select(BatchId).Order().ToList();

        var sent = sandbox.GetLedger(LedgerKinds.EmailBatchSent);
        Assert.Equal(batchIds, sent.Select(BatchId).Order());
        Assert.All(sent, entry => Assert.False(entry.Details.GetProperty("reminder").GetBoolean()));

        var reported = runs.Select(run => run.GetProperty("output")).ToList();
        Assert.All(reported, report => Assert.Equal("deadline", report.GetProperty("outcome").GetString()));
        Assert.Equal(batchIds, reported.Select(report => report.GetProperty("waves")[0].GetProperty("batchId").GetInt64()).Order());
    }

    /// <summary>
    /// The sandbox recorded each of the 2,000 responses exactly once, and each message's summary says all 100 of its
    /// responses were recorded (a response re-sent after the kill counts as recorded, never as a duplicate).
    /// </summary>
    /// <param name="sandbox">The sandbox.</param>
    /// <param name="inbound">The inbound instances' status payloads (with outputs), chunks included.</param>
    public static void EveryResponseRecordedOnce(VendorSandboxServer sandbox, IReadOnlyList<JsonElement> inbound)
    {
        var recorded = sandbox.GetLedger(LedgerKinds.SatisMeterResponseRecorded);
        Assert.Equal(ScaleOutWorkload.ResponseCount, recorded.Count);
        Assert.Equal(ScaleOutWorkload.AllUserIds.Order(StringComparer.Ordinal), recorded.Select(entry => entry.Details.GetProperty("userId").GetString()).Order(StringComparer.Ordinal));

        var summaries = inbound.Where(instance => !instance.GetProperty("instanceId").GetString()!.Contains(":chunk-", StringComparison.Ordinal))
            .Select(instance => instance.GetProperty("output"))
            .ToList();
        Assert.Equal(ScaleOutWorkload.MessageCount, summaries.Count);
        Assert.All(summaries, summary =>
        {
            Assert.Equal(ScaleOutWorkload.ResponsesPerMessage, summary.GetProperty("total").GetInt32());
            Assert.True(summary.GetProperty("recorded").GetInt32() == ScaleOutWorkload.ResponsesPerMessage, $"not every response was recorded: {summary}");
            Assert.Equal(0, summary.GetProperty("duplicate").GetInt32());
        });
    }

    private static long BatchId(LedgerEntry entry) => entry.Details.GetProperty("batchId").GetInt64();
}
