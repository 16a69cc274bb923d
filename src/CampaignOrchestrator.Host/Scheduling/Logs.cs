using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Host.Scheduling;

/// <summary>The scheduler's log messages (event ids 2301–2399).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Acquired the scheduler lease as {OwnerId} (token {Token}); this process now starts scheduled runs")]
    public static partial void SchedulerLeaseAcquired(this ILogger logger, string ownerId, long token);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Lost the scheduler lease held as {OwnerId} (token {Token}); this process stops starting scheduled runs")]
    public static partial void SchedulerLeaseLost(this ILogger logger, string ownerId, long token);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "Released the scheduler lease held as {OwnerId} (token {Token})")]
    public static partial void SchedulerLeaseReleased(this ILogger logger, string ownerId, long token);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Information, Message = "Started scheduled run {InstanceId} of {Campaign} for the occurrence at {OccurrenceUtc:o} ({OccurrenceLocal:o} {TimeZone})")]
    public static partial void ScheduledRunStarted(this ILogger logger, string instanceId, string campaign, DateTimeOffset occurrenceUtc, DateTimeOffset occurrenceLocal, string timeZone);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Warning, Message = "Skipped {Count} missed occurrences of {Campaign} from {FirstUtc:o} to {LastUtc:o} (catchUp {CatchUp})")]
    public static partial void MissedOccurrencesSkipped(this ILogger logger, int count, string campaign, DateTimeOffset firstUtc, DateTimeOffset lastUtc, CatchUpPolicy catchUp);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Error, Message = "Scheduling {Campaign} failed; it is tried again at the next pass")]
    public static partial void CampaignSchedulingFailed(this ILogger logger, string campaign, Exception exception);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Error, Message = "A scheduler pass failed; the next one follows in {Delay}")]
    public static partial void SchedulerPassFailed(this ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Information, Message = "The scheduler is disabled (Scheduler:Enabled is false); this process starts no scheduled runs")]
    public static partial void SchedulerDisabled(this ILogger logger);

    [LoggerMessage(EventId = 2309, Level = LogLevel.Warning, Message = "Releasing the scheduler lease failed; it lapses on its own at {ExpiresAt:o}")]
    public static partial void SchedulerLeaseReleaseFailed(this ILogger logger, DateTimeOffset expiresAt, Exception exception);
}
