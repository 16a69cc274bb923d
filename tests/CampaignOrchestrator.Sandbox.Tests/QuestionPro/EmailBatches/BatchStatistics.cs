using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.EmailBatches;

/// <summary>The <c>emailBatchStatistics</c> of a batch payload.</summary>
internal sealed record BatchStatistics(int Queued, int Sent, int Error, int Started, int Viewed, int Taken, int Blocked, int Pending, int Unsubscribed)
{
    public static BatchStatistics Of(JsonElement batch)
    {
        var statistics = batch.GetProperty("emailBatchStatistics");
        int Count(string name) => statistics.GetProperty(name).GetInt32();
        return new BatchStatistics(
            Count("queuedCount"), Count("sentCount"), Count("errorCount"), Count("startedCount"), Count("viewedCount"),
            Count("takenCount"), Count("blockedCount"), Count("participationPendingCount"), Count("unSubscribedCount"));
    }

    public static async Task<BatchStatistics> GetAsync(SandboxHarness sandbox, long batchId = SampleAccount.EmailBatchId)
    {
        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, $"/a/api/v2/surveys/1001/batches/{batchId}");
        Assert.Equal(200, status);
        return Of(QuestionProAssert.Success(body));
    }

    public void AssertConsistent(int emailCount)
    {
        Assert.Equal(emailCount, Queued + Sent + Error + Blocked);
        Assert.True(Sent >= Viewed && Viewed >= Started && Started >= Taken, ToString());
        Assert.Equal(Sent - Started - Unsubscribed, Pending);
        Assert.True(Pending >= 0, ToString());
    }
}
