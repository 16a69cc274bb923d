using System.Text.Json;

namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.EmailBatches;

public sealed class EmailBatchQueryTests
{
    [Fact]
    public async Task Get_SeededBatch_ReturnsIt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, "/a/api/v2/surveys/1001/batches/4001");

        Assert.Equal(200, status);
        var batch = QuestionProAssert.Success(body);
        Assert.Equal(4001, batch.GetProperty("emailBatchID").GetInt64());
        Assert.Equal("Sample invitation", batch.GetProperty("batchName").GetString());
        Assert.Equal(64, batch.GetProperty("status").GetInt32());
        Assert.Equal(1, batch.GetProperty("batchType").GetInt32());
    }

    [Fact]
    public async Task List_AfterCreatingBatches_ReturnsThemInIdOrderWithPaging()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/surveys/1001/batches", """{"mode":2,"emails":["a@example.com"],"templateID":3001}""");
        }

        var all = await ListAsync(sandbox, "/a/api/v2/surveys/1001/batches");
        var page2 = await ListAsync(sandbox, "/a/api/v2/surveys/1001/batches?page=2&perPage=3");

        Assert.Equal([4001L, 4002L, 4003L, 4004L], all);
        Assert.Equal([4004L], page2);
        Assert.Empty(await ListAsync(sandbox, "/a/api/v2/surveys/1002/batches"));
    }

    private static async Task<long[]> ListAsync(SandboxHarness sandbox, string path)
    {
        var (status, body) = await sandbox.CallAsync(HttpMethod.Get, path);
        Assert.Equal(200, status);
        var list = QuestionProAssert.Success(body);
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        return [.. list.EnumerateArray().Select(batch => batch.GetProperty("emailBatchID").GetInt64())];
    }
}
