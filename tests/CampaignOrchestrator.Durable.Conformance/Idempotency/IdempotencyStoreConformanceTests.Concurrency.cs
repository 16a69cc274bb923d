using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>Concurrent attempts on one key: one claim, one result.</summary>
public abstract partial class IdempotencyStoreConformanceTests
{
    private const int Concurrency = 8;

    [Fact]
    public async Task BeginAsync_ManyAttemptsAtOnce_ExactlyOneIsNeverCalled()
    {
        var attempts = Enumerable.Range(0, Concurrency).Select(_ => Task.Run(() => Store.BeginAsync(Key)));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, record => record.State == IdempotencyState.NeverCalled);
        Assert.Equal(Enumerable.Range(1, Concurrency), results.Select(record => record.Attempts).Order());
        Assert.All(results.Where(record => record.State != IdempotencyState.NeverCalled), record => Assert.Equal(IdempotencyState.Ambiguous, record.State));
        Assert.Equal(Concurrency, (await Store.ReadAsync(Key))?.Attempts);
    }

    [Fact]
    public async Task CompleteAsync_ManyResultsAtOnce_OneResultStandsForAll()
    {
        await Store.BeginAsync(Key);
        var completions = Enumerable.Range(0, Concurrency).Select(i => Task.Run(() => Store.CompleteAsync(Key, $$"""{"batchId":{{i}}}""")));

        var results = await Task.WhenAll(completions);

        var stored = await Store.ReadAsync(Key);
        Assert.NotNull(stored);
        Assert.All(results, record => Assert.Equal(stored, record));
    }
}
