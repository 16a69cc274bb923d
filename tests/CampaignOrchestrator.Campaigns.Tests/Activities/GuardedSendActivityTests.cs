using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Serialization;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Campaigns.Tests.Activities;

/// <summary>Reminders and micropanel batches cannot be found at QuestionPro: an ambiguous earlier attempt is refused for an operator.</summary>
public sealed class GuardedSendActivityTests : IAsyncLifetime
{
    private const string Key = "activity-tests/run1/send";

    private CampaignTestEnvironment _env = null!;
    private ActivityRunner _runner = null!;

    public async Task InitializeAsync()
    {
        _env = await CampaignTestEnvironment.StartAsync();
        _runner = new ActivityRunner(_env);
    }

    public async Task DisposeAsync() => await _env.DisposeAsync();

    [Fact]
    public async Task SendEmailReminder_CommittedThenAnswered500_NextAttemptIsRefusedAsAmbiguous()
    {
        _env.Sandbox.SetFaults(new FaultSettings { CommitThenErrorRate = 1, Methods = ["PUT"] });

        var first = await Assert.ThrowsAsync<VendorCallException>(RemindAsync);
        var second = await Assert.ThrowsAsync<AmbiguousEffectException>(RemindAsync);

        Assert.True(first.IsTransient);
        Assert.Equal(AmbiguousEffectException.Code, second.ErrorCode);
        Assert.Equal(Key, second.Key);
        Assert.Equal(1, _env.Ledger.RemindersTo(SampleAccount.EmailBatchId));
    }

    [Fact]
    public async Task SendEmailReminder_SentThenRunAgain_SendsOnce()
    {
        var first = await RemindAsync();
        var second = await RemindAsync();

        Assert.Equal(first, second);
        Assert.Equal(SampleAccount.EmailBatchId, first.BatchId);
        Assert.Equal(1, _env.Ledger.RemindersTo(SampleAccount.EmailBatchId));
    }

    [Fact]
    public async Task CreateMicropanelBatch_CommittedThenAnswered500_NextAttemptIsRefusedAsAmbiguous()
    {
        _env.Sandbox.SetFaults(new FaultSettings { CommitThenErrorRate = 1, Methods = ["POST"] });

        await Assert.ThrowsAsync<VendorCallException>(CreateMicropanelAsync);
        var refused = await Assert.ThrowsAsync<AmbiguousEffectException>(CreateMicropanelAsync);

        Assert.Equal(2, refused.Attempts);
        Assert.Single(_env.Ledger.MicropanelBatchesCreated);
    }

    [Fact]
    public async Task CreateMicropanelBatch_AmbiguousThenForgotten_SendsAgain()
    {
        _env.Sandbox.SetFaults(new FaultSettings { ServerErrorRate = 1, Methods = ["POST"] });
        await Assert.ThrowsAsync<VendorCallException>(CreateMicropanelAsync);
        _env.Sandbox.SetFaults(new FaultSettings());

        var forgotten = await _runner.RunAsync<ForgetVendorCallActivity, VendorCallKey, bool>(new VendorCallKey(Key));
        var created = await CreateMicropanelAsync();

        Assert.True(forgotten);
        Assert.Equal(Assert.Single(_env.Ledger.MicropanelBatchesCreated).GetProperty("campaignBatchId").GetInt64(), created.BatchId);
    }

    [Fact]
    public async Task CreateMicropanelBatch_AmbiguousThenRecordedByOperator_ReturnsTheRecordedBatchWithoutSending()
    {
        _env.Sandbox.SetFaults(new FaultSettings { ServerErrorRate = 1, Methods = ["POST"] });
        await Assert.ThrowsAsync<VendorCallException>(CreateMicropanelAsync);
        _env.Sandbox.SetFaults(new FaultSettings());
        var recorded = new MicropanelBatchSent(6123, "recorded by an operator");

        var stored = await _runner.RunAsync<RecordVendorCallActivity, VendorCallResult, string?>(new VendorCallResult(Key, DataConverter.Serialize(recorded)));
        var created = await CreateMicropanelAsync();

        Assert.Equal(recorded, DataConverter.Deserialize<MicropanelBatchSent>(stored));
        Assert.Equal(recorded, created);
        Assert.Empty(_env.Ledger.MicropanelBatchesCreated);
    }

    private Task<EmailReminderSent> RemindAsync() =>
        _runner.RunAsync<SendEmailReminderActivity, SendEmailReminderInput, EmailReminderSent>(new SendEmailReminderInput(
            Key, SampleAccount.SurveyId, SampleAccount.EmailBatchId, SampleAccount.EmailListId, TestCampaigns.TemplateReminder(null, 0.5)));

    private Task<MicropanelBatchSent> CreateMicropanelAsync() =>
        _runner.RunAsync<CreateMicropanelBatchActivity, CreateMicropanelBatchInput, MicropanelBatchSent>(
            new CreateMicropanelBatchInput(Key, SampleAccount.SurveyId, TestCampaigns.Micropanel()));
}
