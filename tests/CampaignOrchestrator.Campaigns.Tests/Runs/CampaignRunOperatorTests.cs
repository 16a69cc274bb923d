using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

/// <summary>Ambiguous sends that cannot be reconciled with QuestionPro park the run until an operator raises <c>resolve</c>.</summary>
public sealed class CampaignRunOperatorTests : IAsyncLifetime
{
    private static readonly FaultSettings MicropanelErrorsBeforeProcessing = new() { ServerErrorRate = 1, Methods = ["POST"], PathPrefix = "/a/api/v2/micropanel" };
    private static readonly FaultSettings MicropanelErrorsAfterCommit = new() { CommitThenErrorRate = 1, Methods = ["POST"], PathPrefix = "/a/api/v2/micropanel" };

    private CampaignTestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await CampaignTestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Run_AmbiguousMicropanelResolvedResend_CreatesExactlyOneBatch()
    {
        _env.Sandbox.SetFaults(MicropanelErrorsBeforeProcessing);
        OperatorRequest? awaited = null;

        var state = await _env.RunAsync(TestCampaigns.MicropanelOnly(), async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingOperator)
            {
                return false;
            }

            awaited = status.Awaiting;
            Assert.Empty(_env.Ledger.MicropanelBatchesCreated);
            _env.Sandbox.SetFaults(new FaultSettings());
            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Resolve, new { action = "resend" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal("micropanel", awaited!.What);
        Assert.EndsWith("/micropanel", awaited.OperationKey, StringComparison.Ordinal);
        Assert.Equal(["resend", "skip", "use"], awaited.Actions);
        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        var created = Assert.Single(_env.Ledger.MicropanelBatchesCreated);
        Assert.Equal(created.GetProperty("campaignBatchId").GetInt64(), report.Micropanel!.BatchId);
        Assert.Equal(["run-started", "operator-needed", "operator-resolved", "micropanel-created", "run-ended"], report.Timeline.Select(e => e.Event));
    }

    [Fact]
    public async Task Run_AmbiguousMicropanelResolvedUse_RecordsTheGivenBatchWithoutSendingAgain()
    {
        _env.Sandbox.SetFaults(MicropanelErrorsAfterCommit);
        var raised = 0;

        var state = await _env.RunAsync(TestCampaigns.MicropanelOnly(), async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingOperator)
            {
                return false;
            }

            // First a decision the run cannot act on (use without the batch found), then the right one.
            var batchId = Assert.Single(_env.Ledger.MicropanelBatchesCreated).GetProperty("campaignBatchId").GetInt64();
            object payload = raised++ == 0 ? new { action = "use" } : new { action = "use", batchId };
            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Resolve, payload);
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(2, raised);
        var created = Assert.Single(_env.Ledger.MicropanelBatchesCreated);
        Assert.Equal(created.GetProperty("campaignBatchId").GetInt64(), report.Micropanel!.BatchId);
        Assert.Equal("Delivery Successful", report.Micropanel.Status);
        Assert.Equal("recorded by an operator after an ambiguous send", report.Micropanel.Note);
        Assert.Contains(report.Timeline, e => e.Event == "resolve-ignored" && e.Detail.Contains("use needs the batchId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_AmbiguousMicropanelResolvedSkip_GoesOnWithoutAMicropanelBatch()
    {
        _env.Sandbox.SetFaults(MicropanelErrorsBeforeProcessing);

        var state = await _env.RunAsync(TestCampaigns.MicropanelOnly(), async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingOperator)
            {
                return false;
            }

            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Resolve, new { action = "skip", operationKey = status.Awaiting!.OperationKey });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Null(report.Micropanel!.BatchId);
        Assert.Equal("skipped by an operator after an ambiguous send", report.Micropanel.Note);
        Assert.Empty(_env.Ledger.MicropanelBatchesCreated);
        Assert.Contains(report.Timeline, e => e.Event == "micropanel-skipped");
    }

    [Fact]
    public async Task Run_NobodyResolves_EndsAtTheDeadlineWithoutSending()
    {
        _env.Sandbox.SetFaults(MicropanelErrorsBeforeProcessing);

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(TestCampaigns.MicropanelOnly()));

        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        Assert.Equal(CampaignTestEnvironment.Start.AddHours(3), report.EndedAt);
        Assert.Null(report.Micropanel!.BatchId);
        Assert.Empty(_env.Ledger.MicropanelBatchesCreated);
    }

    [Fact]
    public async Task Run_AmbiguousReminderResolvedUse_CountsTheReminderOnce()
    {
        _env.Sandbox.SetFaults(new FaultSettings { CommitThenErrorRate = 1, Methods = ["PUT"] });
        var definition = TestCampaigns.SingleWave() with
        {
            EmailInvites = [TestCampaigns.ListWave("contacts") with { Reminders = [TestCampaigns.TemplateReminder(TimeSpan.FromHours(1), null)] }],
        };
        OperatorRequest? awaited = null;

        var state = await _env.RunAsync(definition, async (state, status) =>
        {
            if (status?.Phase != CampaignRunPhases.AwaitingOperator)
            {
                return false;
            }

            awaited = status.Awaiting;
            Assert.Equal(1, _env.Ledger.RemindersTo(awaited!.BatchId!.Value));
            await _env.Client.RaiseEventAsync(state.InstanceId, CampaignRunEvents.Resolve, new { action = "use" });
            return true;
        });

        var report = CampaignTestEnvironment.ReportOf(state);
        Assert.Equal("reminder", awaited!.What);
        Assert.Equal(report.Waves[0].BatchId, awaited.BatchId);
        Assert.Equal(1, report.RemindersSent);
        Assert.Equal(1, _env.Ledger.RemindersTo(report.Waves[0].BatchId!.Value));
        Assert.Equal("recorded by an operator after an ambiguous send", report.Waves[0].Reminders[0].Note);
    }
}
