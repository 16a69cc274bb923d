using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Release, forget and purge: which records each may delete.</summary>
public abstract partial class IdempotencyStoreConformanceTests
{
    [Fact]
    public async Task ReleaseAsync_InProgress_DeletesSoNextBeginIsNeverCalled()
    {
        await Store.BeginAsync(Key);
        await Store.BeginAsync(Key);
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await Store.ReleaseAsync(Key));

        Assert.Null(await Store.ReadAsync(Key));
        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.NeverCalled, null, 1, Time.GetUtcNow(), null), await Store.BeginAsync(Key));
    }

    [Fact]
    public async Task ReleaseAsync_Completed_ReturnsFalseAndKeepsRecord()
    {
        await Store.BeginAsync(Key);
        var completed = await Store.CompleteAsync(Key, BatchResult);

        Assert.False(await Store.ReleaseAsync(Key));

        Assert.Equal(completed, await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task ReleaseAsync_NoRecord_ReturnsFalse()
    {
        Assert.False(await Store.ReleaseAsync(Key));
        Assert.Null(await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task ForgetAsync_Completed_DeletesSoNextBeginIsNeverCalled()
    {
        await Store.BeginAsync(Key);
        await Store.CompleteAsync(Key, BatchResult);

        Assert.True(await Store.ForgetAsync(Key));

        Assert.Null(await Store.ReadAsync(Key));
        Assert.Equal(IdempotencyState.NeverCalled, (await Store.BeginAsync(Key)).State);
    }

    [Fact]
    public async Task ForgetAsync_InProgress_DeletesSoNextBeginIsNeverCalled()
    {
        await Store.BeginAsync(Key);
        await Store.BeginAsync(Key);

        Assert.True(await Store.ForgetAsync(Key));

        var begun = await Store.BeginAsync(Key);
        Assert.Equal(IdempotencyState.NeverCalled, begun.State);
        Assert.Equal(1, begun.Attempts);
    }

    [Fact]
    public async Task ForgetAsync_NoRecord_ReturnsFalse()
    {
        Assert.False(await Store.ForgetAsync(Key));
    }

    [Fact]
    public async Task PurgeAsync_CompletedBeforeCutoff_DeletedOthersKept()
    {
        var old = Key + ":old";
        var stuck = Key + ":stuck";
        var atCutoff = Key + ":at-cutoff";
        var recent = Key + ":recent";
        await Store.CompleteAsync(old, BatchResult);
        await Store.BeginAsync(stuck);
        Time.Advance(TimeSpan.FromHours(1));
        await Store.CompleteAsync(atCutoff, BatchResult);
        Time.Advance(TimeSpan.FromHours(1));
        await Store.BeginAsync(recent);
        await Store.CompleteAsync(recent, BatchResult);

        var purged = await Store.PurgeAsync(Start.AddHours(1));

        Assert.Equal(1, purged);
        Assert.Null(await Store.ReadAsync(old));
        Assert.Equal(IdempotencyState.InProgress, (await Store.ReadAsync(stuck))?.State);
        Assert.NotNull(await Store.ReadAsync(atCutoff));
        Assert.NotNull(await Store.ReadAsync(recent));
    }

    [Fact]
    public async Task PurgeAsync_NothingCompletedBeforeCutoff_ReturnsZero()
    {
        await Store.BeginAsync(Key);

        Assert.Equal(0, await Store.PurgeAsync(Start.AddDays(30)));
        Assert.NotNull(await Store.ReadAsync(Key));
    }
}
