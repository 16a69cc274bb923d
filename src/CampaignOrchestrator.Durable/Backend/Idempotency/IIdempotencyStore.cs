namespace CampaignOrchestrator.Durable.Backend;

/// <summary>
/// Records calls that cause external effects (sending an email batch, posting a response) before and after they are
/// made, so a re-executed activity can tell whether the call was never made, completed (with its recorded result) or
/// ambiguous (made, outcome unknown). Activities use it through <see cref="Activities.EffectGuard"/>.
/// </summary>
/// <remarks>
/// Each operation is atomic, also between processes sharing the store. Keys follow
/// <see cref="IdempotencyLimits.KeyRule"/>; results are opaque text (the guard stores JSON) of at most
/// <see cref="IdempotencyLimits.MaxResultBytes"/>. Records never expire on their own: completed ones are removed by
/// <see cref="PurgeAsync"/>, unfinished ones only by <see cref="ReleaseAsync"/>, <see cref="ForgetAsync"/> or completion,
/// because each of them stands for a call whose effect someone still has to settle.
/// </remarks>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims a call before it is made. With no record, inserts one in progress (1 attempt, started now) and answers
    /// <see cref="IdempotencyState.NeverCalled"/>: the caller may make the call. With a record in progress, counts one
    /// more attempt and answers <see cref="IdempotencyState.Ambiguous"/>: an earlier attempt may have made the call, so
    /// the caller must reconcile instead. With a completed record, answers <see cref="IdempotencyState.Completed"/> with
    /// the recorded result and changes nothing.
    /// </summary>
    /// <param name="key">The call's key (see <see cref="IdempotencyLimits.KeyRule"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record as it stands after the claim. Of concurrent begins on one key, exactly one gets
    /// <see cref="IdempotencyState.NeverCalled"/>.</returns>
    /// <exception cref="ArgumentException">The key breaks the rule.</exception>
    Task<IdempotencyRecord> BeginAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the call took effect, with its result. A key never begun is recorded as completed with 0 attempts
    /// (for example when an operator settles a call found at the vendor). Completing a completed key changes nothing:
    /// the first result is kept, even when this one differs, and no error is raised; the returned record tells which
    /// result stands.
    /// </summary>
    /// <param name="key">The call's key.</param>
    /// <param name="result">The result, such as the vendor's ids as JSON; at most <see cref="IdempotencyLimits.MaxResultBytes"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The completed record as stored: its result is the first one recorded.</returns>
    /// <exception cref="ArgumentException">The key breaks the rule or the result is too large.</exception>
    Task<IdempotencyRecord> CompleteAsync(string key, string? result, CancellationToken cancellationToken = default);

    /// <summary>Reads a record without changing it.</summary>
    /// <param name="key">The call's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, in state <see cref="IdempotencyState.InProgress"/> or <see cref="IdempotencyState.Completed"/>;
    /// <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentException">The key breaks the rule.</exception>
    Task<IdempotencyRecord?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a record in progress, for a caller that knows for certain the call had no effect (the vendor rejected the
    /// request, or the connection never reached it), so the next attempt finds the call never made. A completed record
    /// is never deleted.
    /// </summary>
    /// <param name="key">The call's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a record in progress was deleted; <see langword="false"/> (and nothing
    /// changed) when there was none or it is completed.</returns>
    /// <exception cref="ArgumentException">The key breaks the rule.</exception>
    Task<bool> ReleaseAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a record whatever its state: an operator's decision that the call must be made again (for example after
    /// checking that an ambiguous call never reached the vendor). The next begin answers
    /// <see cref="IdempotencyState.NeverCalled"/>.
    /// </summary>
    /// <param name="key">The call's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a record was deleted; <see langword="false"/> when there was none.</returns>
    /// <exception cref="ArgumentException">The key breaks the rule.</exception>
    Task<bool> ForgetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes completed records whose result was recorded before <paramref name="olderThan"/>, in bounded batches
    /// (one transaction each, so writers are never held up for long). Records in progress are kept whatever their age.
    /// Purge only what no activity can re-execute any more: a purged key begins again as never called.
    /// </summary>
    /// <param name="olderThan">Records completed strictly before this instant are deleted.</param>
    /// <param name="cancellationToken">Cancels the call; batches already deleted stay deleted.</param>
    /// <returns>The number of records deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
