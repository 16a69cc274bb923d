namespace CampaignOrchestrator.Durable.Backend;

/// <summary>What the idempotency store knows about one call.</summary>
/// <param name="Key">The key the call is recorded under.</param>
/// <param name="State">Where the call stands; which values can appear depends on the operation (see <see cref="IdempotencyState"/>).</param>
/// <param name="Result">The recorded result (JSON text) once <see cref="IdempotencyState.Completed"/>; otherwise <see langword="null"/>.
/// A completed call may also have recorded a null result.</param>
/// <param name="Attempts">How many begins found the call absent or unfinished, so how many attempts may have reached the
/// call: 1 after the first begin, 2 when a second attempt found it ambiguous, and so on. 0 when the result was
/// completed without any begin.</param>
/// <param name="StartedAt">When the first attempt began (or, without a begin, when the result was recorded).</param>
/// <param name="CompletedAt">When the result was recorded; <see langword="null"/> until then.</param>
public sealed record IdempotencyRecord(
    string Key,
    IdempotencyState State,
    string? Result,
    int Attempts,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt);
