using System.Text.Json.Nodes;
using CampaignOrchestrator.Integrations.Http;
using CampaignOrchestrator.Integrations.SatisMeter;
using CampaignOrchestrator.Integrations.Tests.TestSupport;
using CampaignOrchestrator.Sandbox;
using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Integrations.Tests.AgainstSandbox;

public sealed class SatisMeterClientSandboxTests
{
    private static InsertResponseRequest Response(string userId, string campaign = SampleAccount.Campaign) => new()
    {
        Campaign = campaign,
        Answers = [SatisMeterAnswer.FromRating("nps", 9), SatisMeterAnswer.FromText("why", "fast support")],
        UserId = userId,
    };

    [Fact]
    public async Task InsertResponseAsync_NewUser_IsRecordedWithoutTheWriteKeyInTheLedger()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var result = await sandbox.Clients.SatisMeter.InsertResponseAsync(Response("u-1"));

        Assert.Equal(InsertResponseOutcome.Recorded, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.ResponseId));
        var entry = Assert.Single(sandbox.Server.GetLedger(LedgerKinds.SatisMeterResponseRecorded));
        Assert.DoesNotContain(SampleAccount.WriteKey, entry.Details.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsertResponseAsync_SameUserTwice_SecondIsDuplicate_UnlessForced()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        var client = sandbox.Clients.SatisMeter;
        await client.InsertResponseAsync(Response("u-2"));

        var duplicate = await client.InsertResponseAsync(Response("u-2"));
        var forced = await client.InsertResponseAsync(Response("u-2") with { ForceSurvey = true });

        Assert.Equal(InsertResponseOutcome.Duplicate, duplicate.Outcome);
        Assert.Equal(InsertResponseOutcome.Recorded, forced.Outcome);
        Assert.Equal(2, sandbox.Server.GetLedger(LedgerKinds.SatisMeterResponseRecorded).Count);
    }

    [Fact]
    public async Task InsertResponseAsync_TraitsOutsideTargeting_IsDuplicate()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var result = await sandbox.Clients.SatisMeter.InsertResponseAsync(
            Response("u-3", SampleAccount.TargetedCampaign) with { Traits = new JsonObject { ["plan"] = "free" } });

        Assert.Equal(InsertResponseOutcome.Duplicate, result.Outcome);
    }

    [Fact]
    public async Task InsertResponseAsync_UnknownCampaign_IsRejectedWithTheMessage()
    {
        await using var sandbox = await SandboxSession.StartAsync();

        var result = await sandbox.Clients.SatisMeter.InsertResponseAsync(Response("u-4", "no-such-campaign"));

        Assert.Equal(InsertResponseOutcome.Rejected, result.Outcome);
        Assert.Equal(404, result.StatusCode);
        Assert.Equal("Campaign not found", result.Message);
    }

    [Fact]
    public async Task InsertResponseAsync_WrongWriteKey_IsRejected()
    {
        await using var sandbox = await SandboxSession.StartAsync(satisMeter: o => o.WriteKey = "wrong");

        var result = await sandbox.Clients.SatisMeter.InsertResponseAsync(Response("u-5"));

        Assert.Equal(InsertResponseOutcome.Rejected, result.Outcome);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task InsertResponseAsync_FailAfterCommit_IsSentOnceAndAmbiguous_ThenResendIsDuplicate()
    {
        await using var sandbox = await SandboxSession.StartAsync();
        sandbox.Server.SetFaults(new FaultSettings { Seed = 1, CommitThenErrorRate = 1 });
        var client = sandbox.Clients.SatisMeter;

        var ambiguous = await client.InsertResponseAsync(Response("u-6"));
        sandbox.Server.SetFaults(new FaultSettings());
        var resent = await client.InsertResponseAsync(Response("u-6"));

        Assert.Equal(InsertResponseOutcome.TransientFailure, ambiguous.Outcome);
        Assert.Equal(VendorEffect.Unknown, ambiguous.Effect);
        Assert.Equal(InsertResponseOutcome.Duplicate, resent.Outcome);
        Assert.Single(sandbox.Server.GetLedger(LedgerKinds.SatisMeterResponseRecorded));
    }

    [Fact]
    public async Task InsertResponseAsync_VendorRateLimit_IsTransientWithNoEffect()
    {
        await using var sandbox = await SandboxSession.StartAsync(sandbox: o => o.SatisMeterRateLimit = new RateLimitOptions { PermitLimit = 1, Window = TimeSpan.FromSeconds(10) });
        var client = sandbox.Clients.SatisMeter;
        await client.InsertResponseAsync(Response("u-7"));

        var limited = await client.InsertResponseAsync(Response("u-8"));

        Assert.Equal(InsertResponseOutcome.TransientFailure, limited.Outcome);
        Assert.Equal(429, limited.StatusCode);
        Assert.Equal(VendorEffect.None, limited.Effect);
    }
}
