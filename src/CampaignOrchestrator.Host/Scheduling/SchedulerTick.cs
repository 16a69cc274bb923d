namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>What one scheduler pass did.</summary>
/// <param name="Now">The time the pass ran at.</param>
/// <param name="HoldsLease">Whether this process held the scheduler lease at the end of the pass.</param>
/// <param name="Started">The instance ids of the runs this pass started.</param>
/// <param name="WakeAt">When the next pass is due: the earliest next occurrence, or the lease renewal, whichever comes first.</param>
internal sealed record SchedulerTick(DateTimeOffset Now, bool HoldsLease, IReadOnlyList<string> Started, DateTimeOffset WakeAt);
