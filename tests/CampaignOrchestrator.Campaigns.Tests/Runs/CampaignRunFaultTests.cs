using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend.Orchestrations;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

/// <summary>Every QuestionPro call fails 30 % of the time, half of those after the call took effect: nothing is sent twice.</summary>
public sealed class CampaignRunFaultTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(29)]
    public async Task Run_ThirtyPercentFaults_SendsEachWaveReminderAndMicropanelBatchExactlyOnce(int seed)
    {
        await using var env = await CampaignTestEnvironment.StartAsync();
        env.Sandbox.SetFaults(new FaultSettings
        {
            Seed = seed,
            ServerErrorRate = 0.08,
            RateLimitRate = 0.04,
            InvalidJsonRate = 0.03,
            CommitThenErrorRate = 0.15,
            PathPrefix = "/a/api/v2/",
        });

        var definition = TestCampaigns.Full() with { Monitoring = TestCampaigns.Full().Monitoring with { PollInterval = TimeSpan.FromHours(3) } };

        var state = await env.RunAsync(definition, (state, status) => ResolveFromLedgerAsync(env, state, status));

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Equal(1, env.Ledger.BatchesTagged($"[co:{report.RunTag}:w1]"));
        Assert.Equal(1, env.Ledger.BatchesTagged($"[co:{report.RunTag}:w2]"));
        Assert.Equal(2, env.Ledger.BatchesCreated.Count);
        Assert.Single(env.Ledger.MicropanelBatchesCreated);
        Assert.Equal(env.Ledger.MicropanelBatchesCreated[0].GetProperty("campaignBatchId").GetInt64(), report.Micropanel!.BatchId);
        Assert.Equal(["sent", "skipped"], report.Waves[0].Reminders.Select(r => r.Status));
        Assert.Equal(["sent"], report.Waves[1].Reminders.Select(r => r.Status));
        foreach (var wave in report.Waves)
        {
            Assert.Equal(wave.RemindersSent, env.Ledger.RemindersTo(wave.BatchId!.Value));
        }

        var metrics = env.Sandbox.GetMetrics();
        Assert.True(metrics.InjectedFaults.Values.Sum() > 10, $"only {metrics.InjectedFaults.Values.Sum()} faults injected");
    }

    /// <summary>The operator's job: look at what QuestionPro received, then say "use" when the send is there and "resend" when it is not.</summary>
    private static async Task<bool> ResolveFromLedgerAsync(CampaignTestEnvironment env, InstanceState state, CampaignRunStatus? status)
    {
        if (status is not { Phase: CampaignRunPhases.AwaitingOperator, Awaiting: { } awaiting })
        {
            return false;
        }

        object resolution = awaiting.What == "micropanel"
            ? env.Ledger.MicropanelBatchesCreated.Count == 1
                ? new { action = "use", batchId = env.Ledger.MicropanelBatchesCreated[0].GetProperty("campaignBatchId").GetInt64() }
                : new { action = "resend" }
            : env.Ledger.RemindersTo(awaiting.BatchId!.Value) > status.Waves.Single(w => w.BatchId == awaiting.BatchId).RemindersSent
                ? new { action = "use" }
                : new { action = "resend" };
        await env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Resolve, resolution);
        return true;
    }
}
