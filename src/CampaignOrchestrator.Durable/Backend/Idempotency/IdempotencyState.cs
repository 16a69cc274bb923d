namespace CampaignOrchestrator.Durable.Backend;

/// <summary>
/// Where a call with external effects stands. <see cref="IIdempotencyStore.BeginAsync"/> answers with
/// <see cref="NeverCalled"/>, <see cref="Ambiguous"/> or <see cref="Completed"/>; <see cref="IIdempotencyStore.ReadAsync"/>
/// answers with <see cref="InProgress"/> or <see cref="Completed"/>.
/// </summary>
/// <remarks>
/// The same stored record (begun, not completed) reads as <see cref="InProgress"/> to an observer and as
/// <see cref="Ambiguous"/> to an attempt that begins again: the observer cannot tell a running call from a crashed one,
/// but a second attempt knows an earlier one reached the call and never recorded its outcome.
/// </remarks>
public enum IdempotencyState
{
    /// <summary>From a begin: there was no record. One now exists in progress, and the caller may make the call.</summary>
    NeverCalled,

    /// <summary>From a read: a call has begun and its outcome is not recorded yet; it may still be running.</summary>
    InProgress,

    /// <summary>
    /// From a begin: an earlier attempt began the call and did not record its outcome (it crashed, timed out, or is
    /// still running elsewhere). The call may have taken effect; do not make it again without reconciling.
    /// </summary>
    Ambiguous,

    /// <summary>The call took effect and its result is recorded.</summary>
    Completed,
}
