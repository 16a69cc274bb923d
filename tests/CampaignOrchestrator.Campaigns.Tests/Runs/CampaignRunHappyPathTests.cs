using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

public sealed class CampaignRunHappyPathTests(FullCampaignRunFixture run) : IClassFixture<FullCampaignRunFixture>, IAsyncLifetime
{
    private CampaignTestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await CampaignTestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public void Run_FullCampaign_SendsEachWaveOnceDueRemindersOnceAndOneMicropanelBatch()
    {
        var report = run.Report;
        var ledger = run.Env.Ledger;
        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Equal(CampaignTestEnvironment.Start.AddDays(3), report.EndedAt);
        Assert.Equal(1, ledger.BatchesTagged($"[co:{report.RunTag}:w1]"));
        Assert.Equal(1, ledger.BatchesTagged($"[co:{report.RunTag}:w2]"));
        Assert.Equal(2, ledger.BatchesCreated.Count);
        Assert.Single(ledger.MicropanelBatchesCreated);
        Assert.Equal(ledger.MicropanelBatchesCreated[0].GetProperty("campaignBatchId").GetInt64(), report.Micropanel!.BatchId);

        var contacts = report.Waves[0];
        var personal = report.Waves[1];
        Assert.Equal(1, ledger.RemindersTo(contacts.BatchId!.Value));
        Assert.Equal(1, ledger.RemindersTo(personal.BatchId!.Value));
        Assert.Equal(2, report.RemindersSent);
        Assert.Equal(["sent", "skipped"], contacts.Reminders.Select(r => r.Status));
        Assert.Equal(CampaignTestEnvironment.Start.AddHours(12), contacts.Reminders[0].At);
        Assert.Equal(CampaignTestEnvironment.Start.AddDays(2), contacts.Reminders[1].At);
        Assert.Equal(["sent"], personal.Reminders.Select(r => r.Status));
        Assert.Equal(CampaignTestEnvironment.Start.AddHours(7), personal.Reminders[0].At);
        Assert.Equal(CampaignTestEnvironment.Start.AddHours(6), personal.SentAt);
    }

    [Fact]
    public async Task Run_FullCampaign_ReportFiguresMatchTheSandboxStatistics()
    {
        var report = run.Report;
        var client = run.Env.Resolve<QuestionProEmailBatchClient>();
        foreach (var wave in report.Waves)
        {
            var statistics = (await client.GetAsync(SampleAccount.SurveyId, wave.BatchId!.Value)).EmailBatchStatistics!;
            Assert.Equal(statistics.SentCount, wave.Sent);
            Assert.Equal(statistics.ViewedCount, wave.Viewed);
            Assert.Equal(statistics.StartedCount, wave.Started);
            Assert.Equal(statistics.TakenCount, wave.Taken);
            Assert.Equal(statistics.ErrorCount, wave.Errors);
            Assert.Equal(statistics.BlockedCount, wave.Blocked);
            Assert.Equal(statistics.UnSubscribedCount, wave.Unsubscribed);
            Assert.Equal(Math.Round((double)statistics.TakenCount / statistics.SentCount, 4), wave.ResponseRate);
            Assert.InRange(wave.Taken, 1, wave.Sent);
        }

        Assert.Equal(report.Waves.Sum(w => w.Taken), report.TakenTotal);
        Assert.Equal("Delivery Successful", report.Micropanel!.Status);
    }

    [Fact]
    public async Task Run_MonthLongCampaign_ContinuesAsNewAndKeepsHistoryBounded()
    {
        var definition = TestCampaigns.SingleWave(TimeSpan.FromDays(30)) with
        {
            Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromHours(4), RunFor = TimeSpan.FromDays(30) },
        };

        var state = await _env.RunAsync(definition);

        // 181 rounds (the send, then 180 polls every 4 hours), 24 per execution: the last execution is the 8th.
        var lastInput = DataConverter.Deserialize<CampaignRunInput>(state.Input)!.State!;
        Assert.Equal(7, lastInput.Executions);
        Assert.Equal(7 * CampaignRunFlow.RoundsPerExecution, lastInput.Rounds);
        Assert.True(state.History!.Count < 200, $"{state.History.Count} history events in the last execution");
        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignTestEnvironment.Start.AddDays(30), report.EndedAt);
        Assert.Single(_env.Ledger.BatchesCreated);
        Assert.Equal(["run-started", "wave-sent", "run-ended"], report.Timeline.Select(e => e.Event));
    }

    [Fact]
    public async Task Run_WhileMonitoring_PublishesProgressStatisticsAndNextCheck()
    {
        var id = await _env.StartRunAsync(TestCampaigns.Full());

        var state = await _env.Driver.DriveAsync(id, until: status => status.Phase == CampaignRunPhases.Monitoring && status.Polls >= 8);

        var status = RunDriver.StatusOf(state)!;
        Assert.Equal("spring-nps", status.Campaign);
        Assert.Equal(CampaignTestEnvironment.Start.AddHours(9), status.NextCheckAt);
        Assert.Equal(CampaignTestEnvironment.Start.AddDays(3), status.StopAt);
        Assert.InRange(status.ProgressPercent!.Value, 10, 15);
        Assert.All(status.Waves, wave => Assert.True(wave.Statistics!.SentCount > 0));
        Assert.Equal(status.Waves.Sum(w => w.Statistics!.TakenCount), status.TakenTotal);
        Assert.Equal(1, status.Waves[1].RemindersSent);
        Assert.NotNull(status.Micropanel!.BatchId);
        await _env.Client.TerminateAsync(id, "test over");
    }
}
