using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Activities;

public sealed class ReadActivityTests : IAsyncLifetime
{
    private CampaignTestEnvironment _env = null!;
    private ActivityRunner _runner = null!;

    public async Task InitializeAsync()
    {
        _env = await CampaignTestEnvironment.StartAsync();
        _runner = new ActivityRunner(_env);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Theory]
    [InlineData(SampleAccount.SurveyId, true, "success", null)]
    [InlineData(SampleAccount.ClosedSurveyId, false, "survey_closed", "the survey is closed")]
    [InlineData(SampleAccount.QuotaFullSurveyId, false, "quota_full", "the survey's quota is full")]
    public async Task CheckSurvey_SampleSurveys_ReportWhetherOpen(long surveyId, bool open, string status, string? reason)
    {
        var result = await _runner.RunAsync<CheckSurveyActivity, SurveyCheckRequest, SurveyCheckResult>(new SurveyCheckRequest(surveyId));

        Assert.Equal(new SurveyCheckResult(surveyId, open, status, reason), result);
    }

    [Fact]
    public async Task CheckSurvey_UnknownSurvey_FailsPermanent()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(
            () => _runner.RunAsync<CheckSurveyActivity, SurveyCheckRequest, SurveyCheckResult>(new SurveyCheckRequest(9999)));

        Assert.False(failure.IsTransient);
        Assert.Equal("QuestionPro.404.1040", failure.ErrorCode);
    }

    [Fact]
    public async Task GetEmailBatchStatistics_SeededBatchADayLater_ReturnsTheVendorCounters()
    {
        _env.Time.Advance(TimeSpan.FromDays(1));

        var result = await _runner.RunAsync<GetEmailBatchStatisticsActivity, EmailBatchStatisticsRequest, EmailBatchStatisticsResult>(
            new EmailBatchStatisticsRequest(SampleAccount.SurveyId, SampleAccount.EmailBatchId));

        Assert.Equal(SampleAccount.EmailBatchId, result.BatchId);
        Assert.Equal(200, result.EmailCount);
        Assert.InRange(result.Statistics.TakenCount, 1, result.Statistics.SentCount);
    }

    [Fact]
    public async Task GetEmailBatchStatistics_ServerError_FailsTransient()
    {
        _env.Sandbox.SetFaults(new FaultSettings { ServerErrorRate = 1 });

        var failure = await Assert.ThrowsAsync<VendorCallException>(
            () => _runner.RunAsync<GetEmailBatchStatisticsActivity, EmailBatchStatisticsRequest, EmailBatchStatisticsResult>(
                new EmailBatchStatisticsRequest(SampleAccount.SurveyId, SampleAccount.EmailBatchId)));

        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task ListEmailBatches_NameContains_ReturnsOnlyTheTaggedBatch()
    {
        var created = await _runner.RunAsync<CreateEmailBatchActivity, CreateEmailBatchInput, EmailBatchCreated>(
            new CreateEmailBatchInput("activity-tests/list", SampleAccount.SurveyId, "Spring [co:abc:w1]", "[co:abc:w1]", TestCampaigns.ListWave("contacts")));

        var all = await _runner.RunAsync<ListEmailBatchesActivity, ListEmailBatchesRequest, IReadOnlyList<EmailBatchSummary>>(new ListEmailBatchesRequest(SampleAccount.SurveyId));
        var tagged = await _runner.RunAsync<ListEmailBatchesActivity, ListEmailBatchesRequest, IReadOnlyList<EmailBatchSummary>>(new ListEmailBatchesRequest(SampleAccount.SurveyId, "[co:abc:w1]"));

        Assert.Equal([SampleAccount.EmailBatchId, created.BatchId], all.Select(b => b.BatchId));
        Assert.Equal(created.BatchId, Assert.Single(tagged).BatchId);
    }

    [Fact]
    public async Task GetMicropanelBatch_PastClosure_IsClosed()
    {
        var definition = TestCampaigns.Micropanel() with
        {
            SendOptions = new() { AutomaticClosure = AutomaticClosure.At(CampaignTestEnvironment.Start.AddHours(1).UtcDateTime) },
        };
        var created = await _runner.RunAsync<CreateMicropanelBatchActivity, CreateMicropanelBatchInput, MicropanelBatchSent>(
            new CreateMicropanelBatchInput("activity-tests/panel", SampleAccount.SurveyId, definition));

        var open = await GetMicropanelAsync(created.BatchId);
        _env.Time.Advance(TimeSpan.FromHours(1));
        var closed = await GetMicropanelAsync(created.BatchId);

        Assert.Equal(new MicropanelBatchStatus(created.BatchId, "Queued", false), open);
        Assert.Equal(new MicropanelBatchStatus(created.BatchId, "Closed", true), closed);
    }

    private Task<MicropanelBatchStatus> GetMicropanelAsync(long batchId) =>
        _runner.RunAsync<GetMicropanelBatchActivity, MicropanelBatchRequest, MicropanelBatchStatus>(new MicropanelBatchRequest(batchId));
}
