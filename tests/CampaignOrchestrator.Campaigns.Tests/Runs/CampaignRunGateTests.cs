using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

public sealed class CampaignRunGateTests : IAsyncLifetime
{
    private static readonly TimeSpan ApprovalTimeout = TimeSpan.FromHours(2);

    private CampaignTestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await CampaignTestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData(SampleAccount.ClosedSurveyId, "the survey is closed", "survey_closed")]
    [InlineData(SampleAccount.PausedSurveyId, "the survey is paused", "survey_paused")]
    [InlineData(SampleAccount.SuspendedSurveyId, "the survey is suspended", "survey_suspended")]
    [InlineData(SampleAccount.QuotaFullSurveyId, "the survey's quota is full", "quota_full")]
    public async Task Run_SurveyNotOpen_EndsAtPreflightWithoutSending(long surveyId, string reason, string status)
    {
        var definition = TestCampaigns.Full() with { Survey = new SurveyTarget { Id = surveyId } };

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(definition));

        Assert.Equal(CampaignRunOutcome.PreflightStopped, report.Outcome);
        Assert.Contains(reason, report.OutcomeDetail, StringComparison.Ordinal);
        Assert.Contains(status, report.OutcomeDetail, StringComparison.Ordinal);
        AssertNothingSent(report);
    }

    [Fact]
    public async Task Run_Approved_WaitsInAwaitingApprovalThenSends()
    {
        string? phase = null;
        var state = await _env.RunAsync(WithApproval(ApprovalTimeoutAction.Reject), async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingApproval)
            {
                return false;
            }

            phase = status.Phase;
            Assert.Equal(CampaignTestEnvironment.Start + ApprovalTimeout, status.Approval!.DecideBy);
            Assert.Empty(_env.Ledger.BatchesCreated);
            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Approve, new { by = "jane" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunPhases.AwaitingApproval, phase);
        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Contains(report.Timeline, e => e.Event == "approved" && e.Detail == "Approved by jane.");
        Assert.Single(_env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task Run_Rejected_EndsWithoutSending()
    {
        var state = await _env.RunAsync(WithApproval(ApprovalTimeoutAction.Approve), async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingApproval)
            {
                return false;
            }

            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Reject, new { by = "sam", reason = "wrong list" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunOutcome.Rejected, report.Outcome);
        Assert.Equal("rejected by sam: wrong list; nothing was sent.", report.OutcomeDetail);
        AssertNothingSent(report);
    }

    [Fact]
    public async Task Run_ApprovalTimesOutWithReject_EndsWithoutSending()
    {
        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(WithApproval(ApprovalTimeoutAction.Reject)));

        Assert.Equal(CampaignRunOutcome.Rejected, report.Outcome);
        Assert.Equal(CampaignTestEnvironment.Start + ApprovalTimeout, report.EndedAt);
        Assert.Contains("no decision within PT2H", report.OutcomeDetail, StringComparison.Ordinal);
        AssertNothingSent(report);
    }

    [Fact]
    public async Task Run_ApprovalTimesOutWithApprove_SendsAfterTheTimeout()
    {
        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(WithApproval(ApprovalTimeoutAction.Approve)));

        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Equal(CampaignTestEnvironment.Start + ApprovalTimeout, report.Waves[0].SentAt);
        Assert.Contains(report.Timeline, e => e.Event == "approval-timed-out");
        Assert.Single(_env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task Run_StoppedWhileAwaitingApproval_EndsWithoutSending()
    {
        var state = await _env.RunAsync(WithApproval(ApprovalTimeoutAction.Approve), async (state, status) =>
        {
            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Stop, new { reason = "campaign cancelled" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunOutcome.Stopped, report.Outcome);
        Assert.Equal("stopped: campaign cancelled.", report.OutcomeDetail);
        AssertNothingSent(report);
    }

    private static CampaignDefinition WithApproval(ApprovalTimeoutAction onTimeout) =>
        TestCampaigns.SingleWave() with { Approval = new ApprovalGate { Timeout = ApprovalTimeout, OnTimeout = onTimeout } };

    private void AssertNothingSent(CampaignReport report)
    {
        Assert.Empty(_env.Ledger.BatchesCreated);
        Assert.Empty(_env.Ledger.MicropanelBatchesCreated);
        Assert.All(report.Waves, wave => Assert.Null(wave.BatchId));
        Assert.Equal(0, report.TakenTotal);
    }
}
