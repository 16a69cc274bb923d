using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.QuestionPro;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;
using CampaignOrchestrator.Integrations.QuestionPro.Micropanel;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Integrations.Tests.AgainstSandbox;

public sealed class FaultToleranceSandboxTests
{
    private static readonly CreateEmailBatchRequest Mode1 = CreateEmailBatchRequest.ForList(SampleAccount.EmailListId, SampleAccount.TemplateId);

    [Fact]
    public async Task Gets_With30PercentFaults_AllSucceedThroughRetries()
    {
        await using var sandbox = await SandboxSession.StartAsync(questionPro: o => o.Resilience.MaxRetryAttempts = 10);
        sandbox.Server.SetFaults(new FaultSettings
        {
            Seed = 11,
            ServerErrorRate = 0.1,
            RateLimitRate = 0.05,
            RateLimitWithRetryAfterRate = 0.05,
            RetryAfterSeconds = 0,
            LatencyRate = 0.1,
            LatencyMs = 5,
        });
        var client = sandbox.Clients.EmailBatches;

        var batches = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => client.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId)));

        Assert.All(batches, b => Assert.Equal(SampleAccount.EmailBatchId, b.EmailBatchId));
        var metrics = sandbox.Server.GetMetrics();
        Assert.True(metrics.InjectedFaults.Values.Sum() >= 10, "the run should have met faults");
        Assert.True(metrics.QuestionProRequests > 60, "faults should have caused retries");
    }

    [Fact]
    public async Task Post_FailAfterCommit_IsSentExactlyOnceAndReportedAmbiguous()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { Seed = 1, CommitThenErrorRate = 1, Methods = ["POST"] });

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, Mode1));

        Assert.Equal(500, error.HttpStatusCode);
        Assert.Equal(VendorEffect.Unknown, error.Effect);
        Assert.True(error.IsTransient);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.EmailBatchCreated));
        Assert.Equal(1, sandbox.Server.GetMetrics().QuestionProRequests);
    }

    [Fact]
    public async Task Put_CommitThenTimeout_IsSentExactlyOnceAndReportedAmbiguous()
    {
        await using var sandbox = await SandboxSession.StartAsync(questionPro: o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        sandbox.Server.SetFaults(new FaultSettings { Seed = 1, CommitThenTimeoutRate = 1, TimeoutMs = 30_000, Methods = ["PUT"] });

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.EmailBatches.SendAsync(
            SampleAccount.SurveyId, SampleAccount.EmailBatchId, SendEmailBatchRequest.ForList(SampleAccount.EmailListId, SampleAccount.TemplateId)));

        Assert.Equal(QuestionProFailureKind.Timeout, error.Failure.Kind);
        Assert.Equal(VendorEffect.Unknown, error.Effect);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.EmailBatchSent));
    }

    [Fact]
    public async Task Post_InjectedServerErrorBeforeCommit_HasNoEffectAndIsNotResent()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { Seed = 1, ServerErrorRate = 1, Methods = ["POST"] });

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.Micropanel.CreateBatchAsync(new CreateMicropanelBatchRequest
        {
            Compose = new MicropanelCompose { SurveyId = SampleAccount.SurveyId, SurveyLanguageId = 1, TemplateId = 1, TemplateLanguageId = 1 },
            Recipients = MicropanelRecipients.AllVerifiedMembers(),
        }));

        Assert.Equal("1026", error.ErrorId);
        Assert.Empty(sandbox.Server.GetLedger());
        Assert.Equal(1, sandbox.Server.GetMetrics().QuestionProRequests);
    }

    [Fact]
    public async Task Get_InvalidJsonErrorBody_IsRetriedThenSucceeds()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { Seed = 3, InvalidJsonRate = 0.5 });

        var batch = await sandbox.Clients.EmailBatches.GetAsync(SampleAccount.SurveyId, SampleAccount.EmailBatchId);

        Assert.Equal(SampleAccount.EmailBatchId, batch.EmailBatchId);
    }

    [Fact]
    public async Task Post_InvalidJsonErrorBody_GivesAClearErrorWithAnExcerpt()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { Seed = 3, InvalidJsonRate = 1, Methods = ["POST"] });

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, Mode1));

        Assert.Equal(500, error.HttpStatusCode);
        Assert.False(string.IsNullOrEmpty(error.Failure.BodyExcerpt));
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HeldUntilTimeout_NeverProcessed_IsAmbiguousToTheCaller()
    {
        await using var sandbox = await SandboxSession.StartAsync(questionPro: o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        sandbox.Server.SetFaults(new FaultSettings { Seed = 1, TimeoutRate = 1, TimeoutMs = 30_000, Methods = ["POST"] });

        var error = await Assert.ThrowsAsync<QuestionProException>(() => sandbox.Clients.EmailBatches.CreateAsync(SampleAccount.SurveyId, Mode1));

        Assert.Equal(QuestionProFailureKind.Timeout, error.Failure.Kind);
        Assert.Equal(VendorEffect.Unknown, error.Effect);
        Assert.Empty(sandbox.Server.GetLedger());
    }
}
