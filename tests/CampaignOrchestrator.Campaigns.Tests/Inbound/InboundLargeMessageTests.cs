using CampaignOrchestrator.Campaigns.Inbound;
using CampaignOrchestrator.Durable.History;

namespace CampaignOrchestrator.Campaigns.Tests.Inbound;

/// <summary>
/// A 10,000-response message: every response recorded once, and no history grows with the message — the message's
/// own history holds one entry pair per chunk, each chunk's at most a chunk's activities. (Memory is measured by the
/// <c>inbound</c> benchmark; this test checks the structure that keeps it bounded.)
/// </summary>
public sealed class InboundLargeMessageTests
{
    [Fact]
    public async Task Run_TenThousandResponses_CompletesWithHistoriesBoundedByTheChunkSize()
    {
        await using var env = await InboundTestEnvironment.StartAsync();
        var settings = InboundProcessingSettings.Default;

        var state = await env.RunAsync("big", InboundResponses.ManySatisMeter(10_000), settings);

        Assert.Equal(10_000, InboundTestEnvironment.SummaryOf(state).Recorded);
        Assert.Equal(10_000, env.SatisMeterRecorded.Select(r => r.GetProperty("userId").GetString()).Distinct().Count());
        var parent = (await env.Client.GetAsync("inbound-big", includeHistory: true))!.History!;
        Assert.Equal(100, parent.OfType<SubOrchestrationCreated>().Count());
        Assert.Empty(parent.OfType<TaskScheduled>());
        for (var chunk = 0; chunk < 100; chunk += 33)
        {
            var history = (await env.Client.GetAsync(InboundResponsesOrchestrator.ChunkInstanceId("inbound-big", chunk), includeHistory: true))!.History!;
            Assert.Equal(settings.ChunkSize, history.OfType<TaskScheduled>().Count());
        }
    }
}
