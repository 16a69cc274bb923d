using CampaignOrchestrator.Campaigns.Reports;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

/// <summary>An email batch whose create may have taken effect is looked for at QuestionPro by its tag before anything is sent again.</summary>
public sealed class CampaignRunReconciliationTests : IAsyncLifetime
{
    private CampaignTestEnvironment _env = null!;

    public async Task InitializeAsync() => _env = await CampaignTestEnvironment.StartAsync();

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task Run_CreateCommittedThenAnswered500_FindsTheBatchByItsTagAndSendsNoSecond()
    {
        _env.Sandbox.SetFaults(new FaultSettings { CommitThenErrorRate = 1, Methods = ["POST"], PathPrefix = "/a/api/v2/surveys" });

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(TestCampaigns.SingleWave()));

        Assert.Equal(CampaignRunOutcome.Deadline, report.Outcome);
        var created = Assert.Single(_env.Ledger.BatchesCreated);
        Assert.Equal(created.GetProperty("batchId").GetInt64(), report.Waves[0].BatchId);
        Assert.Equal(CampaignTestEnvironment.Start.AddSeconds(30), report.Waves[0].SentAt);
        Assert.Contains(report.Timeline, e => e.Event == "wave-sent" && e.Detail.Contains("found at QuestionPro by its tag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CreateRefusedBefore500_SendsOnTheRetry()
    {
        _env.Sandbox.SetFaults(new FaultSettings { ServerErrorRate = 1, Methods = ["POST"], PathPrefix = "/a/api/v2/surveys" });
        var cleared = false;

        var report = CampaignTestEnvironment.ReportOf(await _env.RunAsync(TestCampaigns.SingleWave(), (_, _) =>
        {
            // The first attempt has failed (its retry timer is pending): QuestionPro recovers.
            if (!cleared)
            {
                _env.Sandbox.SetFaults(new FaultSettings());
                cleared = true;
            }

            return Task.FromResult(false);
        }));

        Assert.Single(_env.Ledger.BatchesCreated);
        Assert.Equal(CampaignTestEnvironment.Start.AddSeconds(30), report.Waves[0].SentAt);
        Assert.DoesNotContain(report.Timeline, e => e.Detail.Contains("found at QuestionPro", StringComparison.Ordinal));
    }
}
