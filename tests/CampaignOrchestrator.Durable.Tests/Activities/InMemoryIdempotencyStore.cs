using CampaignOrchestrator.Durable.Backend;

namespace CampaignOrchestrator.Durable.Tests.Activities;

/// <summary>A minimal idempotency store for guard tests; the real stores are covered by the conformance suite.</summary>
internal sealed class InMemoryIdempotencyStore(TimeProvider time) : IIdempotencyStore
{
    private readonly Dictionary<string, IdempotencyRecord> _records = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Gets or sets a failure every release throws, to test a store that cannot be reached.</summary>
    public Exception? ReleaseFailure { get; set; }

    public Task<IdempotencyRecord> BeginAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (!_records.TryGetValue(key, out var current))
            {
                _records[key] = new IdempotencyRecord(key, IdempotencyState.InProgress, null, 1, time.GetUtcNow(), null);
                return Task.FromResult(_records[key] with { State = IdempotencyState.NeverCalled });
            }

            if (current.State == IdempotencyState.Completed)
            {
                return Task.FromResult(current);
            }

            _records[key] = current with { Attempts = current.Attempts + 1 };
            return Task.FromResult(_records[key] with { State = IdempotencyState.Ambiguous });
        }
    }

    public Task<IdempotencyRecord> CompleteAsync(string key, string? result, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        IdempotencyLimits.ThrowIfResultTooLarge(result, nameof(result));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!_records.TryGetValue(key, out var current))
            {
                current = new IdempotencyRecord(key, IdempotencyState.InProgress, null, 0, now, null);
            }

            if (current.State != IdempotencyState.Completed)
            {
                _records[key] = current with { State = IdempotencyState.Completed, Result = result, CompletedAt = now };
            }

            return Task.FromResult(_records[key]);
        }
    }

    public Task<IdempotencyRecord?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        lock (_lock)
        {
            return Task.FromResult(_records.GetValueOrDefault(key));
        }
    }

    public Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        cancellationToken.ThrowIfCancellationRequested();
        if (ReleaseFailure is { } failure)
        {
            return Task.FromException<bool>(failure);
        }

        lock (_lock)
        {
            return Task.FromResult(_records.TryGetValue(key, out var current) && current.State == IdempotencyState.InProgress && _records.Remove(key));
        }
    }

    public Task<bool> ForgetAsync(string key, CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        lock (_lock)
        {
            return Task.FromResult(_records.Remove(key));
        }
    }

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var purgeable = _records.Values.Where(r => r.CompletedAt < olderThan).Select(r => r.Key).ToList();
            purgeable.ForEach(key => _records.Remove(key));
            return Task.FromResult(purgeable.Count);
        }
    }
}
