using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

public sealed class CampaignRunStopTests : IAsyncLifetime
{
    private CampaignTestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await CampaignTestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Run_StopEventWhileMonitoring_PollsOnceMoreAndEndsStopped()
    {
        var stoppedAt = CampaignTestEnvironment.Start.AddHours(2);
        var state = await _env.RunAsync(TestCampaigns.SingleWave(TimeSpan.FromDays(30)), async (state, status) =>
        {
            if (status is not { Phase: CampaignRunPhases.Monitoring, Polls: 4 })
            {
                return false;
            }

            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Stop, new { by = "ops", reason = "budget spent" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunOutcome.Stopped, report.Outcome);
        Assert.Equal("stopped by ops: budget spent.", report.OutcomeDetail);
        Assert.Equal(stoppedAt, report.EndedAt);
        Assert.True(report.Waves[0].Sent > 0);
        Assert.Single(_env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task Run_TakenTargetReached_EndsAtThatPoll()
    {
        var definition = TestCampaigns.SingleWave(TimeSpan.FromDays(5)) with
        {
            Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromHours(1), RunFor = TimeSpan.FromDays(5), TakenTarget = 20 },
        };

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(definition));

        Assert.Equal(CampaignRunOutcome.TargetReached, report.Outcome);
        Assert.InRange(report.TakenTotal, 20, 40);
        Assert.True(report.EndedAt < CampaignTestEnvironment.Start.AddDays(2), $"ended at {report.EndedAt:O}");
        Assert.Equal(0, (report.EndedAt - CampaignTestEnvironment.Start).Ticks % TimeSpan.FromHours(1).Ticks);
    }

    [Fact]
    public async Task Run_MicropanelCloses_EndsMicropanelClosed()
    {
        var closesAt = CampaignTestEnvironment.Start.AddMinutes(80);
        var definition = TestCampaigns.MicropanelOnly(
            new MicropanelSendOptionsDefinition { AutomaticClosure = AutomaticClosure.At(closesAt.UtcDateTime) },
            stopWhenCloses: true);

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(definition));

        Assert.Equal(CampaignRunOutcome.MicropanelClosed, report.Outcome);
        Assert.Equal(CampaignTestEnvironment.Start.AddMinutes(90), report.EndedAt);
        Assert.Equal("Closed", report.Micropanel!.Status);
        Assert.Single(_env.Ledger.MicropanelBatchesCreated);
        Assert.Contains(report.Timeline, e => e.Event == "micropanel-closed");
    }

    [Fact]
    public async Task Run_Deadline_EndsAtTheDeadlineWithAFinalPoll()
    {
        var deadline = CampaignTestEnvironment.Start.AddMinutes(100);
        var definition = TestCampaigns.SingleWave() with
        {
            Monitoring = new MonitoringPlan { PollInterval = TimeSpan.FromMinutes(30), Deadline = deadline },
        };

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(definition));

        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Equal(deadline, report.EndedAt);
        Assert.Contains("deadline", report.OutcomeDetail, StringComparison.Ordinal);
        Assert.True(report.Waves[0].Sent > 0);
    }

    [Fact]
    public async Task Run_StopWhileAwaitingOperator_EndsStoppedWithoutSending()
    {
        _env.Sandbox.SetFaults(new FaultSettings { ServerErrorRate = 1, Methods = ["POST"], PathPrefix = "/a/api/v2/micropanel" });

        var state = await _env.RunAsync(TestCampaigns.MicropanelOnly(), async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingOperator)
            {
                return false;
            }

            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Stop, new { reason = "panel not needed" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunOutcome.Stopped, report.Outcome);
        Assert.Equal(CampaignTestEnvironment.Start.AddSeconds(30), report.EndedAt);
        Assert.Null(report.Micropanel!.BatchId);
        Assert.Empty(_env.Ledger.MicropanelBatchesCreated);
    }
}
