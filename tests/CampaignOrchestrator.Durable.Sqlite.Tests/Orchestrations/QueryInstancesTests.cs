using CampaignOrchestrator.Durable.Backend.Orchestrations;

namespace CampaignOrchestrator.Durable.Sqlite.Tests.Orchestrations;

public sealed class QueryInstancesTests : OrchestrationStoreTestBase
{
    [Fact]
    public async Task GetInstanceAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Store.GetInstanceAsync("nobody", includeHistory: true));
    }

    [Fact]
    public async Task GetInstanceAsync_WithoutHistory_HistoryNull()
    {
        await CreateRunningAsync("campaign-1");

        var state = (await Store.GetInstanceAsync("campaign-1", includeHistory: false))!;

        Assert.Null(state.History);
        Assert.Equal(RuntimeStatus.Running, state.Status);
    }

    [Fact]
    public async Task QueryInstancesAsync_Filters_StatusCreatedRangeAndInput()
    {
        await CreateFinishedAsync("a", RuntimeStatus.Completed);
        Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync("b", "in-b");
        Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync("c", "in-c");

        var pending = await Store.QueryInstancesAsync(new InstanceQuery(Statuses: [RuntimeStatus.Pending]));
        var ranged = await Store.QueryInstancesAsync(new InstanceQuery(CreatedFrom: Start, CreatedTo: Start.AddMinutes(1)));
        var noInput = await Store.QueryInstancesAsync(new InstanceQuery(IncludeInput: false));
        var all = await Store.QueryInstancesAsync(new InstanceQuery(Statuses: []));

        Assert.Equal(["b", "c"], pending.Instances.Select(i => i.InstanceId));
        Assert.Equal(["a", "b"], ranged.Instances.Select(i => i.InstanceId));
        Assert.All(noInput.Instances, i => Assert.Null(i.Input));
        Assert.Equal(["a", "b", "c"], all.Instances.Select(i => i.InstanceId));
        Assert.Equal("in-b", all.Instances[1].Input);
        Assert.Equal(RuntimeStatus.Completed, all.Instances[0].Status);
        Assert.Equal("\"done\"", all.Instances[0].Output);
        Assert.Null(all.ContinuationToken);
    }

    [Fact]
    public async Task QueryInstancesAsync_PrefixWithLikeWildcards_MatchedLiterally()
    {
        foreach (var id in new[] { "run%1", "run%2", "runX1", "run_1", "runa1", "run", "ru", "rum" })
        {
            await CreateAsync(id);
        }

        Assert.Equal(["run%1", "run%2"], await IdsAsync("run%"));
        Assert.Equal(["run_1"], await IdsAsync("run_"));
        Assert.Equal(["run", "run%1", "run%2", "runX1", "run_1", "runa1"], await IdsAsync("run"));
    }

    [Fact]
    public async Task QueryInstancesAsync_PrefixEndingInHighCodePoints_MatchesExactly()
    {
        foreach (var id in new[] { "a\uffff", "a\uffffb", "a\U0010FFFF", "b" })
        {
            await CreateAsync(id);
        }

        Assert.Equal(["a\uffff", "a\uffffb"], await IdsAsync("a\uffff"));
        Assert.Equal(["a\U0010FFFF"], await IdsAsync("a\U0010FFFF"));
        Assert.Equal(3, (await IdsAsync("a")).Count);
    }

    [Fact]
    public async Task QueryInstancesAsync_250InstancesPagesOf100_ThreePagesNoDuplicatesNoGaps()
    {
        var expected = new List<string>();
        for (var i = 0; i < 250; i++)
        {
            // Several instances per millisecond, so the token must break ties on the id.
            if (i % 7 == 0)
            {
                Time.Advance(TimeSpan.FromMilliseconds(1));
            }

            var id = $"campaign-{249 - i:D3}";
            await CreateAsync(id);
            expected.Add(id);
        }

        var seen = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await Store.QueryInstancesAsync(new InstanceQuery(PageSize: 100, ContinuationToken: token));
            seen.AddRange(page.Instances.Select(i => i.InstanceId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(250, seen.Distinct().Count());
        Assert.Equal(expected.OrderBy(id => id, StringComparer.Ordinal), seen.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task QueryInstancesAsync_ExactlyOnePage_NoToken()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync($"c{i}");
        }

        Assert.Null((await Store.QueryInstancesAsync(new InstanceQuery(PageSize: 3))).ContinuationToken);
        Assert.NotNull((await Store.QueryInstancesAsync(new InstanceQuery(PageSize: 2))).ContinuationToken);
    }

    [Theory]
    [InlineData("not base64 !")]
    [InlineData("bm9zZXBhcmF0b3I")]
    [InlineData("eHl8YQ")]
    public async Task QueryInstancesAsync_BadToken_ThrowsArgumentException(string token)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.QueryInstancesAsync(new InstanceQuery(ContinuationToken: token)));

        Assert.Contains("continuation token is not valid", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task QueryInstancesAsync_PageSizeOutOfRange_Throws(int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.QueryInstancesAsync(new InstanceQuery(PageSize: pageSize)));
    }

    private async Task<List<string>> IdsAsync(string prefix) =>
        [.. (await Store.QueryInstancesAsync(new InstanceQuery(InstanceIdPrefix: prefix))).Instances.Select(i => i.InstanceId).Order(StringComparer.Ordinal)];
}
