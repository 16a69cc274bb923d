using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Conformance;

/// <summary>
/// The behaviour every <see cref="IIdempotencyStore"/> must have. A backend's test project subclasses this and supplies
/// a fresh store per test. The store must read time only from the given provider.
/// </summary>
public abstract partial class IdempotencyStoreConformanceTests : IAsyncLifetime
{
    /// <summary>The fake clock's start.</summary>
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A result as the effect guard stores it: the vendor's ids as JSON.</summary>
    protected const string BatchResult = """{"batchId":4711}""";

    private IIdempotencyStore? _store;

    /// <summary>Gets the clock given to the store; tests advance it instead of sleeping.</summary>
    protected FakeTimeProvider Time { get; } = new(Start);

    /// <summary>Gets the store under test.</summary>
    protected IIdempotencyStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Gets the key most tests use, unique to this test.</summary>
    protected string Key { get; } = "send-batch:" + Guid.NewGuid().ToString("N");

    /// <summary>Creates an empty store that reads time from <paramref name="time"/>.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The store.</returns>
    protected abstract Task<IIdempotencyStore> CreateStoreAsync(TimeProvider time);

    /// <inheritdoc/>
    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    /// <inheritdoc/>
    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task BeginAsync_NoRecord_ReturnsNeverCalledAndLeavesCallInProgress()
    {
        var begun = await Store.BeginAsync(Key);

        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.NeverCalled, null, 1, Start, null), begun);
        Assert.Equal(begun with { State = IdempotencyState.InProgress }, await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task BeginAsync_InProgress_ReturnsAmbiguousAndCountsEachAttempt()
    {
        await Store.BeginAsync(Key);
        Time.Advance(TimeSpan.FromMinutes(5));

        var second = await Store.BeginAsync(Key);
        var third = await Store.BeginAsync(Key);

        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.Ambiguous, null, 2, Start, null), second);
        Assert.Equal(IdempotencyState.Ambiguous, third.State);
        Assert.Equal(3, third.Attempts);
        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.InProgress, null, 3, Start, null), await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task BeginAsync_Completed_ReturnsRecordedResultWithoutCountingAttempt()
    {
        await Store.BeginAsync(Key);
        Time.Advance(TimeSpan.FromSeconds(3));
        var completed = await Store.CompleteAsync(Key, BatchResult);
        Time.Advance(TimeSpan.FromMinutes(1));

        var again = await Store.BeginAsync(Key);

        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.Completed, BatchResult, 1, Start, Start.AddSeconds(3)), again);
        Assert.Equal(completed, again);
        Assert.Equal(completed, await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task CompleteAsync_InProgress_RecordsResultAndTime()
    {
        await Store.BeginAsync(Key);
        Time.Advance(TimeSpan.FromSeconds(7));

        var completed = await Store.CompleteAsync(Key, BatchResult);

        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.Completed, BatchResult, 1, Start, Start.AddSeconds(7)), completed);
        Assert.Equal(completed, await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task CompleteAsync_AfterAmbiguousAttempts_KeepsAttemptCount()
    {
        await Store.BeginAsync(Key);
        await Store.BeginAsync(Key);

        var completed = await Store.CompleteAsync(Key, BatchResult);

        Assert.Equal(2, completed.Attempts);
        Assert.Equal(IdempotencyState.Completed, completed.State);
    }

    [Fact]
    public async Task CompleteAsync_SameResultAgain_ChangesNothing()
    {
        await Store.BeginAsync(Key);
        var first = await Store.CompleteAsync(Key, BatchResult);
        Time.Advance(TimeSpan.FromMinutes(1));

        var second = await Store.CompleteAsync(Key, BatchResult);

        Assert.Equal(first, second);
        Assert.Equal(first, await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task CompleteAsync_DifferentResultAfterCompletion_KeepsFirstAndReturnsIt()
    {
        await Store.BeginAsync(Key);
        var first = await Store.CompleteAsync(Key, BatchResult);
        Time.Advance(TimeSpan.FromMinutes(1));

        var second = await Store.CompleteAsync(Key, """{"batchId":4712}""");

        Assert.Equal(first, second);
        Assert.Equal(BatchResult, (await Store.ReadAsync(Key))?.Result);
    }

    [Fact]
    public async Task CompleteAsync_NeverBegun_RecordsCompletedWithZeroAttempts()
    {
        var completed = await Store.CompleteAsync(Key, BatchResult);

        Assert.Equal(new IdempotencyRecord(Key, IdempotencyState.Completed, BatchResult, 0, Start, Start), completed);
        Assert.Equal(completed, await Store.BeginAsync(Key));
    }

    [Fact]
    public async Task CompleteAsync_NullResult_CountsAsCompletedAndIsKept()
    {
        await Store.BeginAsync(Key);

        var completed = await Store.CompleteAsync(Key, null);
        var later = await Store.CompleteAsync(Key, BatchResult);

        Assert.Equal(IdempotencyState.Completed, completed.State);
        Assert.Null(completed.Result);
        Assert.Equal(completed, later);
        Assert.Equal(completed, await Store.BeginAsync(Key));
    }

    [Fact]
    public async Task CompleteAsync_ResultAtSizeLimitWithNonAsciiText_RoundTripsExactly()
    {
        const string Tail = "\"Grüße 😀\"";
        var result = new string(' ', IdempotencyLimits.MaxResultBytes - System.Text.Encoding.UTF8.GetByteCount(Tail)) + Tail;

        await Store.CompleteAsync(Key, result);

        Assert.Equal(result, (await Store.ReadAsync(Key))?.Result);
    }

    [Fact]
    public async Task ReadAsync_NoRecord_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync(Key));
    }

    [Fact]
    public async Task Keys_DifferingOnlyInCase_AreSeparateRecords()
    {
        await Store.CompleteAsync(Key + ":A", BatchResult);

        var other = await Store.BeginAsync(Key + ":a");

        Assert.Equal(IdempotencyState.NeverCalled, other.State);
        Assert.Equal(BatchResult, (await Store.ReadAsync(Key + ":A"))?.Result);
    }
}
