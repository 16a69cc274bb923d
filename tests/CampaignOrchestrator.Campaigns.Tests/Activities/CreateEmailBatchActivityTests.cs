using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Activities;

public sealed class CreateEmailBatchActivityTests : IAsyncLifetime
{
    private const string Key = "activity-tests/run1/wave-1";
    private const string Tag = "[co:run1:w1]";

    private static readonly FaultSettings CreateFaults = new() { Methods = ["POST"], PathPrefix = "/a/api/v2/surveys" };

    private CampaignTestEnvironment _env = null!;
    private ActivityRunner _runner = null!;

    public async Task InitializeAsync()
    {
        _env = await CampaignTestEnvironment.StartAsync();
        _runner = new ActivityRunner(_env);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task RunAsync_NewKey_CreatesOneBatchNamedWithTheTag()
    {
        var created = await CreateAsync();

        var entry = Assert.Single(_env.Ledger.BatchesCreated);
        Assert.Equal(entry.GetProperty("batchId").GetInt64(), created.BatchId);
        Assert.Equal($"Invite {Tag}", entry.GetProperty("batchName").GetString());
        Assert.Equal(200, created.EmailCount);
        Assert.False(created.Reconciled);
    }

    [Fact]
    public async Task RunAsync_SameKeyAgain_ReturnsTheRecordedBatchWithoutCallingQuestionPro()
    {
        var first = await CreateAsync();
        var requests = _env.Sandbox.GetMetrics().QuestionProRequests;

        var second = await CreateAsync();

        Assert.Equal(first, second);
        Assert.Equal(requests, _env.Sandbox.GetMetrics().QuestionProRequests);
        Assert.Single(_env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task RunAsync_CommittedThenAnswered500_FailsTransientThenFindsTheBatchByItsTag()
    {
        _env.Sandbox.SetFaults(CreateFaults with { CommitThenErrorRate = 1 });

        var failure = await Assert.ThrowsAsync<VendorCallException>(CreateAsync);
        _env.Sandbox.SetFaults(new FaultSettings());
        var created = await CreateAsync();

        Assert.True(failure.IsTransient);
        Assert.Equal("QuestionPro.500.1026", failure.ErrorCode);
        Assert.True(created.Reconciled);
        Assert.Equal(Assert.Single(_env.Ledger.BatchesCreated).GetProperty("batchId").GetInt64(), created.BatchId);
    }

    [Fact]
    public async Task RunAsync_Answered500BeforeProcessing_NoBatchHasTheTagSoTheNextAttemptSends()
    {
        _env.Sandbox.SetFaults(CreateFaults with { ServerErrorRate = 1 });

        await Assert.ThrowsAsync<VendorCallException>(CreateAsync);
        _env.Sandbox.SetFaults(new FaultSettings());
        var created = await CreateAsync();

        Assert.False(created.Reconciled);
        Assert.Equal(Assert.Single(_env.Ledger.BatchesCreated).GetProperty("batchId").GetInt64(), created.BatchId);
    }

    [Fact]
    public async Task RunAsync_RateLimited_FailsTransientAndReleasesTheKey()
    {
        _env.Sandbox.SetFaults(CreateFaults with { RateLimitRate = 1 });

        var failure = await Assert.ThrowsAsync<VendorCallException>(CreateAsync);

        Assert.True(failure.IsTransient);
        Assert.Null(await _env.Resolve<IIdempotencyStore>().ReadAsync(Key));
        Assert.Empty(_env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task RunAsync_UnknownList_FailsPermanentWithTheVendorMessageAndReleasesTheKey()
    {
        var failure = await Assert.ThrowsAsync<VendorCallException>(() => CreateAsync(TestCampaigns.ListWave("contacts") with { EmailListId = 999 }));

        Assert.False(failure.IsTransient);
        Assert.Equal("QuestionPro.404.1040", failure.ErrorCode);
        Assert.Contains("The resource that you're trying to access doesn't exist: email list 999", failure.Message, StringComparison.Ordinal);
        Assert.Null(await _env.Resolve<IIdempotencyStore>().ReadAsync(Key));
    }

    [Fact]
    public async Task RunAsync_NameWithoutTheTag_IsRefusedBeforeAnyCall()
    {
        var input = new CreateEmailBatchInput(Key, SampleAccount.SurveyId, "Invite", Tag, TestCampaigns.ListWave("contacts"));

        await Assert.ThrowsAsync<ArgumentException>(() => _runner.RunAsync<CreateEmailBatchActivity, CreateEmailBatchInput, EmailBatchCreated>(input));

        Assert.Equal(0, _env.Sandbox.GetMetrics().QuestionProRequests);
    }

    private Task<EmailBatchCreated> CreateAsync() => CreateAsync(TestCampaigns.ListWave("contacts"));

    private Task<EmailBatchCreated> CreateAsync(EmailWave wave) =>
        _runner.RunAsync<CreateEmailBatchActivity, CreateEmailBatchInput, EmailBatchCreated>(
            new CreateEmailBatchInput(Key, SampleAccount.SurveyId, $"Invite {Tag}", Tag, wave));
}
