using CampaignOrchestrator.Durable.Backend;
using CampaignOrchestrator.Durable.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignOrchestrator.Durable.Activities;

/// <summary>
/// Makes a call with external effects at most once across re-executions of an activity, by recording it in an
/// <see cref="IIdempotencyStore"/> before and after the call.
/// </summary>
/// <remarks>
/// Key the call on something every re-execution shares and no other call does, usually
/// <see cref="ActivityContext.IdempotencyKey"/>. A call's result is stored as JSON with <see cref="DataConverter"/>, so
/// keep it small: what identifies the effect (such as the vendor's ids), at most
/// <see cref="IdempotencyLimits.MaxResultBytes"/>. If the result cannot be recorded, the exception propagates and the
/// call stays ambiguous: safe, but it then needs reconciling.
/// </remarks>
/// <param name="store">Where calls are recorded.</param>
/// <param name="logger">Logs ambiguous calls; none when null.</param>
public sealed partial class EffectGuard(IIdempotencyStore store, ILogger<EffectGuard>? logger = null)
{
    private readonly IIdempotencyStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>
    /// Makes the call unless an earlier attempt did. Completed before: returns the recorded result without calling.
    /// Never called: calls; on success records and returns the result; on failure releases the claim when
    /// <paramref name="hadNoEffect"/> says the call certainly did nothing, else leaves it ambiguous, and rethrows.
    /// Ambiguous (an earlier attempt began and never recorded an outcome): returns what
    /// <paramref name="onAmbiguous"/> returns, after recording it as the call's result.
    /// </summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="key">The call's key (see <see cref="IdempotencyLimits.KeyRule"/>).</param>
    /// <param name="call">The call with external effects.</param>
    /// <param name="hadNoEffect">Tells, from the call's exception, whether the vendor certainly did not act on it (it
    /// rejected the request, or the request never reached it). When unsure, answer <see langword="false"/>: a false
    /// "no effect" lets the next attempt send again. An exception thrown here counts as <see langword="false"/>.</param>
    /// <param name="onAmbiguous">Settles an ambiguous call, typically by looking for its effect at the vendor. Return
    /// the result found, and it is recorded; throw (for example <see cref="AmbiguousEffectException"/>) to leave it for
    /// an operator. Only when the vendor proves the call never arrived may it make the call itself and return that
    /// result. The record stays ambiguous whenever it throws.</param>
    /// <param name="cancellationToken">Cancels the call. Once the call has returned or failed, its outcome is still
    /// recorded, since dropping it would turn a settled call ambiguous.</param>
    /// <returns>The call's result; when another attempt recorded a different one first, that one.</returns>
    /// <exception cref="ArgumentException">The key breaks the rule.</exception>
    public async Task<T> RunOnceAsync<T>(
        string key,
        Func<CancellationToken, Task<T>> call,
        Func<Exception, bool> hadNoEffect,
        Func<IdempotencyRecord, CancellationToken, Task<T>> onAmbiguous,
        CancellationToken cancellationToken = default)
    {
        IdempotencyLimits.ThrowIfInvalidKey(key, nameof(key));
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(hadNoEffect);
        ArgumentNullException.ThrowIfNull(onAmbiguous);

        var record = await _store.BeginAsync(key, cancellationToken);
        switch (record.State)
        {
            case IdempotencyState.Completed:
                return DataConverter.Deserialize<T>(record.Result)!;

            case IdempotencyState.Ambiguous:
                LogAmbiguous(_logger, key, record.Attempts, record.StartedAt);
                var reconciled = await onAmbiguous(record, cancellationToken);
                return await RecordAsync(key, reconciled);

            case IdempotencyState.NeverCalled:
                T result;
                try
                {
                    result = await call(cancellationToken);
                }
                catch (Exception exception) when (hadNoEffect(exception))
                {
                    await ReleaseAsync(key);
                    throw;
                }

                return await RecordAsync(key, result);

            default:
                throw new InvalidOperationException($"The idempotency store answered a begin of '{key}' with state {record.State}; a begin answers NeverCalled, Ambiguous or Completed.");
        }
    }

    /// <summary>
    /// Makes the call unless an earlier attempt did, as the other overload does, but throws
    /// <see cref="AmbiguousEffectException"/> when an earlier attempt may have taken effect: an operator decides.
    /// </summary>
    /// <typeparam name="T">The call's result.</typeparam>
    /// <param name="key">The call's key (see <see cref="IdempotencyLimits.KeyRule"/>).</param>
    /// <param name="call">The call with external effects.</param>
    /// <param name="hadNoEffect">Tells, from the call's exception, whether the vendor certainly did not act on it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call's result, made now or recorded earlier.</returns>
    /// <exception cref="AmbiguousEffectException">An earlier attempt may have taken effect.</exception>
    /// <exception cref="ArgumentException">The key breaks the rule.</exception>
    public Task<T> RunOnceAsync<T>(
        string key,
        Func<CancellationToken, Task<T>> call,
        Func<Exception, bool> hadNoEffect,
        CancellationToken cancellationToken = default) =>
        RunOnceAsync(key, call, hadNoEffect, static (record, _) => Task.FromException<T>(new AmbiguousEffectException(record)), cancellationToken);

    private async Task<T> RecordAsync<T>(string key, T result)
    {
        var json = DataConverter.Serialize(result);

        // The effect has happened: recording it must not be skipped because the caller is shutting down.
        var stored = await _store.CompleteAsync(key, json, CancellationToken.None);
        return string.Equals(stored.Result, json, StringComparison.Ordinal) ? result : DataConverter.Deserialize<T>(stored.Result)!;
    }

    private async Task ReleaseAsync(string key)
    {
        try
        {
            // Not cancellable for the same reason as recording: a skipped release leaves a call ambiguous for nothing.
            await _store.ReleaseAsync(key, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The call's own failure is what the caller needs; the claim stays ambiguous, which is safe.
            LogReleaseFailed(_logger, exception, key);
        }
    }

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "The call with idempotency key {Key} may already have taken effect (attempt {Attempts}, first begun at {StartedAt}); it is not made again")]
    private static partial void LogAmbiguous(ILogger logger, string key, int attempts, DateTimeOffset startedAt);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Error, Message = "The call with idempotency key {Key} had no effect but its claim could not be released; the next attempt will find it ambiguous")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string key);
}
