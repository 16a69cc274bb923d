namespace CampaignOrchestrator.Sandbox.Tests.QuestionPro.EmailBatches;

public sealed class EmailBatchStatisticsTests
{
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.Zero, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(10), TimeSpan.FromHours(24), TimeSpan.FromHours(48),
    ];

    [Fact]
    public async Task Get_AsSimulatedTimePasses_FunnelOnlyGrows()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var previous = await BatchStatistics.GetAsync(sandbox);
        Assert.Equal(200, previous.Queued);

        foreach (var step in Steps)
        {
            sandbox.Time.Advance(step);
            var current = await BatchStatistics.GetAsync(sandbox);
            current.AssertConsistent(200);
            Assert.True(current.Queued <= previous.Queued, $"{previous} -> {current}");
            Assert.True(current.Sent >= previous.Sent && current.Viewed >= previous.Viewed, $"{previous} -> {current}");
            Assert.True(current.Started >= previous.Started && current.Taken >= previous.Taken, $"{previous} -> {current}");
            Assert.True(current.Error >= previous.Error && current.Blocked >= previous.Blocked, $"{previous} -> {current}");
            previous = current;
        }

        Assert.Equal(0, previous.Queued);
        Assert.InRange(previous.Error + previous.Blocked, 1, 16);
        Assert.InRange(previous.Viewed, 90, 140);
        Assert.InRange(previous.Taken, 40, 90);
    }

    [Fact]
    public async Task Get_AfterFiveSimulatedMinutes_EveryEmailIsDeliveredOrFailed()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        sandbox.Time.Advance(TimeSpan.FromMinutes(5));
        var statistics = await BatchStatistics.GetAsync(sandbox);

        Assert.Equal(0, statistics.Queued);
        Assert.Equal(0, statistics.Taken);
    }

    [Fact]
    public async Task Get_SameSeed_SameStatistics()
    {
        await using var first = await SandboxHarness.StartAsync(options => options.Seed = 42);
        await using var second = await SandboxHarness.StartAsync(options => options.Seed = 42);
        await using var other = await SandboxHarness.StartAsync(options => options.Seed = 43);
        foreach (var sandbox in new[] { first, second, other })
        {
            sandbox.Time.Advance(TimeSpan.FromHours(20));
        }

        var expected = await BatchStatistics.GetAsync(first);

        Assert.Equal(expected, await BatchStatistics.GetAsync(second));
        Assert.NotEqual(expected, await BatchStatistics.GetAsync(other));
    }

    [Fact]
    public async Task Get_TimeScale_CompressesSimulatedTime()
    {
        await using var realTime = await SandboxHarness.StartAsync();
        await using var compressed = await SandboxHarness.StartAsync(options => options.TimeScale = 3600);

        realTime.Time.Advance(TimeSpan.FromHours(30));
        compressed.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(await BatchStatistics.GetAsync(realTime), await BatchStatistics.GetAsync(compressed));
        Assert.Equal(SandboxHarness.Start.AddHours(30), compressed.Server.Sandbox.SimulatedNow);
    }

    [Fact]
    public async Task Get_CreatedBatch_StartsFromItsOwnCreationTime()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        sandbox.Time.Advance(TimeSpan.FromDays(3));

        await sandbox.CallAsync(HttpMethod.Post, "/a/api/v2/surveys/1001/batches", """{"mode":1,"emailListID":2001,"templateID":3001}""");

        Assert.Equal(200, (await BatchStatistics.GetAsync(sandbox, 4002)).Queued);
        sandbox.Time.Advance(TimeSpan.FromDays(3));
        (await BatchStatistics.GetAsync(sandbox, 4002)).AssertConsistent(200);
        Assert.True((await BatchStatistics.GetAsync(sandbox, 4002)).Taken > 0);
    }
}
