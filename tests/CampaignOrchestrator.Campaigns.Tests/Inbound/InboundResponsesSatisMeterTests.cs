using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Campaigns.Inbound.Messages;
using CampaignOrchestrator.Sandbox;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>Inbound responses recorded in SatisMeter: outcomes, the summary, and redelivery.</summary>
public sealed class InboundResponsesSatisMeterTests
{
    [Fact]
    public async Task Run_ValidResponses_RecordsEachOnceAndSummarizes()
    {
        await using var env = await InboundTestEnvironment.StartAsync();

        var state = await env.RunAsync("m-1", InboundResponses.ManySatisMeter(5));

        var summary = InboundTestEnvironment.SummaryOf(state);
        Assert.Equal((5, 5, 0), (summary.Total, summary.Recorded, summary.Duplicate));
        Assert.Empty(summary.Rejected);
        Assert.Empty(summary.Failed);
        Assert.Equal(5, env.SatisMeterRecorded.Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"user-{i}"), env.SatisMeterRecorded.Select(r => r.GetProperty("userId").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("\"processed\":5", state.CustomStatus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameRespondentInALaterMessage_CountsAsDuplicateWithSatisMetersWords()
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        await env.RunAsync("m-1", [InboundResponses.SatisMeter("ann")]);

        var state = await env.RunAsync("m-2", [InboundResponses.SatisMeter("ann", id: "again")]);

        var summary = InboundTestEnvironment.SummaryOf(state);
        Assert.Equal((0, 1), (summary.Recorded, summary.Duplicate));
        Assert.Single(env.SatisMeterRecorded);
    }

    [Fact]
    public async Task Run_UnknownCampaignAndUnconfiguredProject_RejectedWithReasons()
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        InboundResponse[] responses =
        [
            InboundResponses.SatisMeter("bob", campaign: "no-such-campaign"),
            InboundResponses.SatisMeter("cy") with { Project = "mobile" },
            InboundResponses.SatisMeter("dee"),
        ];

        var summary = InboundTestEnvironment.SummaryOf(await env.RunAsync("m-1", responses));

        Assert.Equal(1, summary.Recorded);
        Assert.Equal(["r-bob", "r-cy"], summary.Rejected.Select(r => r.ResponseId));
        Assert.Contains("404", summary.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Campaign not found", summary.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("SatisMeter:Projects:mobile:WriteKey", summary.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAccount.WriteKey, summary.Rejected[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RedeliveredMessageAfterItsInstanceWasPurged_PostsNothingTwice()
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        var responses = InboundResponses.ManySatisMeter(3);
        var first = InboundTestEnvironment.SummaryOf(await env.RunAsync("m-1", responses));
        Assert.True(await env.Client.PurgeAsync("inbound-m-1"));

        // The same message again (a queue redelivery after the instance was purged): the records of (message, response) answer.
        var second = InboundTestEnvironment.SummaryOf(await env.RunAsync("m-1", responses));

        Assert.Equal(3, first.Recorded);
        Assert.Equal(3, second.Recorded);
        Assert.Equal(3, env.SatisMeterRecorded.Count);
        Assert.Equal(3, env.Sandbox.GetMetrics().SatisMeterRequests);
    }

    [Fact]
    public async Task Run_MoreResponsesThanAChunk_RunsChunksAsSubOrchestrationsWithBoundedHistories()
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        var settings = InboundTestEnvironment.Settings with { ChunkSize = 20, MaxParallelChunks = 2 };

        var state = await env.RunAsync("m-1", InboundResponses.ManySatisMeter(130), settings);

        Assert.Equal(130, InboundTestEnvironment.SummaryOf(state).Recorded);
        var parent = await env.Client.GetAsync("inbound-m-1", includeHistory: true);
        Assert.Equal(7, parent!.History!.OfType<CampaignOrchestrator.Durable.History.SubOrchestrationCreated>().Count());
        var lastChunk = await env.Client.GetAsync(InboundResponsesOrchestrator.ChunkInstanceId("inbound-m-1", 6), includeHistory: true);
        Assert.Equal(10, lastChunk!.History!.OfType<CampaignOrchestrator.Durable.History.TaskScheduled>().Count());
        Assert.Equal(130, env.SatisMeterRecorded.Select(r => r.GetProperty("userId").GetString()).Distinct().Count());
    }
}
