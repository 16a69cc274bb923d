using CampaignOrchestrator.Durable.Activities;
using CampaignOrchestrator.Durable.Backend;
using Microsoft.Extensions.Time.Testing;

namespace CampaignOrchestrator.Durable.Tests.Activities;

public sealed class EffectGuardTests
{
    private const string Key = "campaign-7:3";
    private static readonly SentBatch Sent = new(4711, "queued");
    private static readonly SentBatch Found = new(4711, "found at vendor");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryIdempotencyStore _store;
    private readonly EffectGuard _guard;
    private int _calls;
    private int _reconciliations;

    public EffectGuardTests()
    {
        _store = new InMemoryIdempotencyStore(_time);
        _guard = new EffectGuard(_store);
    }

    [Fact]
    public async Task RunOnceAsync_NeverCalled_CallsAndRecordsSerializedResult()
    {
        var result = await _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected, Reconcile(Found));

        Assert.Equal(Sent, result);
        Assert.Equal(1, _calls);
        var record = await _store.ReadAsync(Key);
        Assert.Equal(IdempotencyState.Completed, record?.State);
        Assert.Equal("""{"batchId":4711,"status":"queued"}""", record?.Result);
    }

    [Fact]
    public async Task RunOnceAsync_AlreadyCompleted_ReturnsRecordedResultWithoutCalling()
    {
        await _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected, Reconcile(Found));

        var again = await _guard.RunOnceAsync(Key, Send(new SentBatch(9999, "duplicate")), NoEffectIfRejected, Reconcile(Found));

        Assert.Equal(Sent, again);
        Assert.Equal(1, _calls);
        Assert.Equal(0, _reconciliations);
    }

    [Fact]
    public async Task RunOnceAsync_FailureWithNoEffect_ReleasesAndRethrowsSoNextRunCalls()
    {
        var rejected = new VendorRejectedException();

        var thrown = await Assert.ThrowsAsync<VendorRejectedException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(rejected), NoEffectIfRejected, Reconcile(Found)));

        Assert.Same(rejected, thrown);
        Assert.Null(await _store.ReadAsync(Key));
        Assert.Equal(Sent, await _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected, Reconcile(Found)));
        Assert.Equal(2, _calls);
        Assert.Equal(0, _reconciliations);
    }

    [Fact]
    public async Task RunOnceAsync_FailureWithUnknownEffect_LeavesCallInProgressAndRethrows()
    {
        var timeout = new TimeoutException("No answer within 100 s.");

        var thrown = await Assert.ThrowsAsync<TimeoutException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(timeout), NoEffectIfRejected, Reconcile(Found)));

        Assert.Same(timeout, thrown);
        Assert.Equal(IdempotencyState.InProgress, (await _store.ReadAsync(Key))?.State);
    }

    [Fact]
    public async Task RunOnceAsync_AfterUnknownEffect_GoesToReconcilerWithoutCalling()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(new TimeoutException()), NoEffectIfRejected, Reconcile(Found)));
        IdempotencyRecord? seen = null;

        var result = await _guard.RunOnceAsync(
            Key,
            Send(Sent),
            NoEffectIfRejected,
            (record, _) =>
            {
                seen = record;
                return Task.FromResult(Found);
            });

        Assert.Equal(Found, result);
        Assert.Equal(1, _calls);
        Assert.Equal(IdempotencyState.Ambiguous, seen?.State);
        Assert.Equal(2, seen?.Attempts);
    }

    [Fact]
    public async Task RunOnceAsync_ReconciledResult_IsRecordedAndReturnedLaterWithoutReconciling()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(new TimeoutException()), NoEffectIfRejected, Reconcile(Found)));
        await _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected, Reconcile(Found));

        var third = await _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected, Reconcile(Sent));

        Assert.Equal(Found, third);
        Assert.Equal(1, _calls);
        Assert.Equal(1, _reconciliations);
        var record = await _store.ReadAsync(Key);
        Assert.Equal(IdempotencyState.Completed, record?.State);
        Assert.Equal(2, record?.Attempts);
    }

    [Fact]
    public async Task RunOnceAsync_ReconcilerThrows_LeavesCallAmbiguous()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(new TimeoutException()), NoEffectIfRejected, Reconcile(Found)));

        await Assert.ThrowsAsync<AmbiguousEffectException>(() => _guard.RunOnceAsync(
            Key,
            Send(Sent),
            NoEffectIfRejected,
            (record, _) => throw new AmbiguousEffectException(record)));

        var stored = await _store.ReadAsync(Key);
        Assert.Equal(IdempotencyState.InProgress, stored?.State);
        Assert.Equal(2, stored?.Attempts);
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task RunOnceAsync_WithoutReconcilerAfterUnknownEffect_ThrowsAmbiguousEffectException()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(new TimeoutException()), NoEffectIfRejected));
        _time.Advance(TimeSpan.FromMinutes(10));

        var error = await Assert.ThrowsAsync<AmbiguousEffectException>(() => _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected));

        Assert.Equal(1, _calls);
        Assert.Equal(Key, error.Key);
        Assert.Equal(2, error.Attempts);
        Assert.Equal(_time.GetUtcNow().AddMinutes(-10), error.StartedAt);
        Assert.Contains("may already have taken effect", error.Message, StringComparison.Ordinal);
        Assert.Contains("operator", error.Message, StringComparison.Ordinal);
        Assert.Contains(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmbiguousEffectException_AsFailureDetails_CarriesCodeAndIsNotTransient()
    {
        var record = new IdempotencyRecord(Key, IdempotencyState.Ambiguous, null, 2, _time.GetUtcNow(), null);

        var failure = FailureDetails.FromException(new AmbiguousEffectException(record));

        Assert.Equal(AmbiguousEffectException.Code, failure.ErrorCode);
        Assert.Equal("AmbiguousEffect", failure.ErrorCode);
        Assert.False(failure.IsTransient);
        Assert.True(failure.IsCausedBy<AmbiguousEffectException>());
    }

    [Fact]
    public async Task RunOnceAsync_WithoutReconcilerAfterCompletion_ReturnsRecordedResult()
    {
        await _guard.RunOnceAsync(Key, Send(Sent), NoEffectIfRejected);

        Assert.Equal(Sent, await _guard.RunOnceAsync(Key, Send(Found), NoEffectIfRejected));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task RunOnceAsync_NoEffectPredicateThrows_TreatsEffectAsUnknown()
    {
        var failure = new InvalidOperationException("vendor failure");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => _guard.RunOnceAsync(
            Key,
            Fail<SentBatch>(failure),
            _ => throw new FormatException("unreadable error body"),
            Reconcile(Found)));

        Assert.Same(failure, thrown);
        Assert.Equal(IdempotencyState.InProgress, (await _store.ReadAsync(Key))?.State);
    }

    [Fact]
    public async Task RunOnceAsync_ReleaseFails_RethrowsTheCallsFailureAndStaysAmbiguous()
    {
        _store.ReleaseFailure = new IOException("database is locked");
        var rejected = new VendorRejectedException();

        var thrown = await Assert.ThrowsAsync<VendorRejectedException>(() => _guard.RunOnceAsync(Key, Fail<SentBatch>(rejected), NoEffectIfRejected, Reconcile(Found)));

        Assert.Same(rejected, thrown);
        Assert.Equal(IdempotencyState.InProgress, (await _store.ReadAsync(Key))?.State);
    }

    [Fact]
    public async Task RunOnceAsync_CancelledWhileCallSucceeded_StillRecordsResult()
    {
        using var shutdown = new CancellationTokenSource();

        var result = await _guard.RunOnceAsync(
            Key,
            async _ =>
            {
                await shutdown.CancelAsync();
                return Sent;
            },
            NoEffectIfRejected,
            Reconcile(Found),
            shutdown.Token);

        Assert.Equal(Sent, result);
        Assert.Equal(IdempotencyState.Completed, (await _store.ReadAsync(Key))?.State);
    }

    [Fact]
    public async Task RunOnceAsync_CancelledAfterNoEffectFailure_StillReleases()
    {
        using var shutdown = new CancellationTokenSource();

        await Assert.ThrowsAsync<VendorRejectedException>(() => _guard.RunOnceAsync<SentBatch>(
            Key,
            async _ =>
            {
                await shutdown.CancelAsync();
                throw new VendorRejectedException();
            },
            NoEffectIfRejected,
            Reconcile(Found),
            shutdown.Token));

        Assert.Null(await _store.ReadAsync(Key));
    }

    [Fact]
    public async Task RunOnceAsync_AnotherAttemptRecordedFirst_ReturnsTheRecordedResult()
    {
        var result = await _guard.RunOnceAsync(
            Key,
            async cancellationToken =>
            {
                // A slower duplicate execution settles the key while this one is still in the call.
                await _store.CompleteAsync(Key, """{"batchId":1,"status":"settled elsewhere"}""", cancellationToken);
                return Sent;
            },
            NoEffectIfRejected,
            Reconcile(Found));

        Assert.Equal(new SentBatch(1, "settled elsewhere"), result);
    }

    [Fact]
    public async Task RunOnceAsync_NullResult_IsRecordedAndReturnedWithoutCalling()
    {
        await _guard.RunOnceAsync(Key, CountedCall<string?>(null), NoEffectIfRejected);

        var again = await _guard.RunOnceAsync(Key, CountedCall<string?>("sent twice"), NoEffectIfRejected);

        Assert.Null(again);
        Assert.Equal(1, _calls);
        Assert.Equal(IdempotencyState.Completed, (await _store.ReadAsync(Key))?.State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task RunOnceAsync_InvalidKey_ThrowsWithoutCalling(string key)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _guard.RunOnceAsync(key, Send(Sent), NoEffectIfRejected));

        Assert.Equal("key", error.ParamName);
        Assert.Equal(0, _calls);
    }

    private static bool NoEffectIfRejected(Exception exception) => exception is VendorRejectedException;

    private Func<CancellationToken, Task<T>> Fail<T>(Exception exception) => _ =>
    {
        _calls++;
        return Task.FromException<T>(exception);
    };

    private Func<CancellationToken, Task<SentBatch>> Send(SentBatch batch) => CountedCall(batch);

    private Func<CancellationToken, Task<T>> CountedCall<T>(T result) => _ =>
    {
        _calls++;
        return Task.FromResult(result);
    };

    private Func<IdempotencyRecord, CancellationToken, Task<SentBatch>> Reconcile(SentBatch found) => (_, _) =>
    {
        _reconciliations++;
        return Task.FromResult(found);
    };

    private sealed record SentBatch(int BatchId, string Status);

    private sealed class VendorRejectedException : Exception
    {
        public VendorRejectedException()
            : base("QuestionPro answered 400: invalid mailing list.")
        {
        }
    }
}
