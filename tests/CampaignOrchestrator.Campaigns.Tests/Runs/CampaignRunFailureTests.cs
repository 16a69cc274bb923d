using CampaignOrchestrator.Campaigns.Runs;
using CampaignOrchestrator.Campaigns.Tests.TestSupport;
using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Campaigns.Tests.Runs;

public sealed class CampaignRunFailureTests
{
    [Fact]
    public async Task Run_UnknownTemplate_FailsAtOnceWithTheVendorMessage()
    {
        await using var env = await CampaignTestEnvironment.StartAsync();
        var definition = TestCampaigns.SingleWave() with { EmailInvites = [TestCampaigns.ListWave("contacts") with { TemplateId = 999 }] };

        var state = await env.RunAsync(definition);

        Assert.Equal(RuntimeStatus.Failed, state.Status);
        Assert.Equal(typeof(CampaignRunException).FullName, state.Failure!.ErrorType);
        Assert.Contains("Creating the email batch of wave 'contacts' failed", state.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("The resource that you're trying to access doesn't exist: email template 999", state.Failure.Message, StringComparison.Ordinal);
        Assert.Equal("QuestionPro.404.1040", state.Failure.ErrorCode);
        Assert.Equal(CampaignTestEnvironment.Start, env.Time.GetUtcNow());
        Assert.Empty(env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task Run_WrongApiKey_FailsAtPreflightWithTheVendorMessage()
    {
        await using var env = await CampaignTestEnvironment.StartAsync(o => o.ApiKey = "not-a-key");
        var definition = TestCampaigns.SingleWave() with { Preflight = new() };

        var state = await env.RunAsync(definition);

        Assert.Equal(RuntimeStatus.Failed, state.Status);
        Assert.Contains("Checking survey 1001 failed", state.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect API Key", state.Failure.Message, StringComparison.Ordinal);
        Assert.Equal("QuestionPro.401.1010", state.Failure.ErrorCode);
        Assert.Empty(env.Ledger.BatchesCreated);
    }

    [Fact]
    public async Task Run_InvalidDefinition_FailsBeforeAnyCall()
    {
        await using var env = await CampaignTestEnvironment.StartAsync();
        var definition = TestCampaigns.SingleWave() with { Name = "Not A Valid Name" };

        var state = await env.RunAsync(definition);

        Assert.Equal(RuntimeStatus.Failed, state.Status);
        Assert.StartsWith("The campaign definition is invalid: $.name:", state.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, env.Sandbox.GetMetrics().QuestionProRequests);
    }
}
