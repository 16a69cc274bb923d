using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Integrations.Tests.AgainstSandbox;

public sealed class EmailBatchClientSandboxTests
{
    private static readonly EmailTemplate Custom = new("Two minutes?", "Hello,\r\n\r\n<SURVEY_LINK>\r\n\r\nThank you");

    [Fact]
    public async Task CreateAsync_Mode1_CreatesOneBatchAndLedgerEntry()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var batch = await sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, CreateEmailBatchRequest.ForList(SampleAccount.EmailListId, SampleAccount.TemplateId));

        Assert.True(batch.EmailBatchId > SampleAccount.EmailBatchId);
        Assert.Equal(SampleAccount.SurveyId, batch.SurveyId);
        Assert.Equal(200, batch.EmailCount);
        Assert.NotNull(batch.EmailBatchStatistics);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.EmailBatchCreated));
    }

    [Fact]
    public async Task CreateAsync_Mode3_SendsTheCustomTemplate()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var batch = await sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, CreateEmailBatchRequest.ForList(SampleAccount.EmailListId, Custom));

        Assert.Equal("Two minutes?", batch.Subject);
        Assert.Contains("<SURVEY_LINK>", batch.EmailText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Reminder_IsRecordedOnTheSameBatch()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var client = sandbox.Clients.EmailBatches;

        var reminded = await client.SendAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId, SendEmailBatchRequest.ForList(SampleAccount.EmailListId, Custom));

        Assert.Equal(SampleAccount.EmailBatchId, reminded.EmailBatchId);
        var sent = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.EmailBatchSent));
        Assert.Equal(SampleAccount.EmailBatchId, sent.Details.GetProperty("batchId").GetInt64());
    }

    [Fact]
    public async Task GetAsync_StatisticsProgressWithTime()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var client = sandbox.Clients.EmailBatches;

        var before = (await client.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId)).EmailBatchStatistics!;
        sandbox.SandboxTime.Advance(TimeSpan.FromDays(3));
        var after = (await client.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId)).EmailBatchStatistics!;

        Assert.True(after.SentCount > before.SentCount);
        Assert.True(after.TakenCount > 0);
        Assert.True(after.ViewedCount >= after.StartedCount && after.StartedCount >= after.TakenCount);
    }

    [Fact]
    public async Task ListAsync_IncludesCreatedBatches()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var client = sandbox.Clients.EmailBatches;
        var created = await client.CreateAsync(SampleAccount.SurveyId, CreateEmailBatchRequest.ForList(SampleAccount.EmailListId, SampleAccount.TemplateId));

        var batches = await client.ListAsync(SampleAccount.SurveyId);

        Assert.Equal([SampleAccount.EmailBatchId, created.EmailBatchId], batches.Select(b => b.EmailBatchId).Order());
    }

    [Fact]
    public async Task GetAsync_WrongKey_Is401Permanent()
    {
        await using var sandbox = await SandboxSession.StartAsync(questionPro: o => o.ApiKey = "not-a-key");

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.EmailBatches.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId));

        Assert.Equal((401, "UNAUTHORIZED", "1010"), (error.HttpStatusCode, error.Name, error.ErrorId));
        Assert.False(error.IsTransient);
        Assert.DoesNotContain("not-a-key", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_ReadOnlyKey_Is403AndNothingHappens()
    {
        await using var sandbox = await SandboxSession.StartAsync(questionPro: o => o.ApiKey = SampleAccount.ReadOnlyApiKey);

        var error = await Assert.ThrowsAsync<QuestionProException>(
            () => sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, CreateEmailBatchRequest.ForList(SampleAccount.EmailListId, SampleAccount.TemplateId)));

        Assert.Equal((403, "FORBIDDEN", "1013"), (error.HttpStatusCode, error.Name, error.ErrorId));
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task GetAsync_UnknownBatch_Is404()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.EmailBatches.GetAsync(SampleAccount.SurveyId, 999999));

        Assert.Equal((404, "NOT_FOUND", "1040"), (error.HttpStatusCode, error.Name, error.ErrorId));
    }

    [Fact]
    public async Task CreateAsync_UnknownList_Is404FromTheVendor()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var error = await Assert.ThrowsAsync<QuestionProException>(
            () => sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, CreateEmailBatchRequest.ForList(987654, SampleAccount.TemplateId)));

        Assert.Equal(404, error.HttpStatusCode);
        Assert.Empty(sandbox.Server.GetLedger());
    }

    [Fact]
    public async Task GetAsync_VendorRateLimitExceeded_Is429TransientAfterRetries()
    {
        await using var sandbox = await SandboxSession.StartAsync(sandbox: o => o.QuestionProRateLimit = new RateLimitOptions { PermitLimit = 3, Window = TimeSpan.FromSeconds(60) });
        var client = sandbox.Clients.EmailBatches;
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId);
        }

        var error = await Assert.ThrowsAsync<QuestionProException>(() => client.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId));

        Assert.Equal(429, error.HttpStatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal(7, sandbox.Server.GetMetrics().RateLimiterRejections);
    }
}
