using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.Worker;

/// <summary>The worker's log messages; every message about an instance names it.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Durable worker started: {Orchestrations} concurrent episodes, {Activities} concurrent activities.")]
    public static partial void WorkerStarted(ILogger logger, int orchestrations, int activities);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Durable worker stopping: waiting up to {Timeout} for running work.")]
    public static partial void WorkerStopping(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Durable worker stopped waiting after {Timeout}; unfinished work is released for redelivery.")]
    public static partial void ShutdownTimedOut(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Taking {Kind} work from the store failed; retrying.")]
    public static partial void FetchFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Debug, Message = "Instance {InstanceId} ({Name}) committed an episode of {Messages} messages: {Status}.")]
    public static partial void EpisodeCommitted(ILogger logger, string instanceId, string name, int messages, RuntimeStatus status);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Instance {InstanceId} ({Name}) finished: {Status}.")]
    public static partial void InstanceFinished(ILogger logger, string instanceId, string name, RuntimeStatus status);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Instance {InstanceId} ({Name}) failed: {Failure}")]
    public static partial void InstanceFailed(ILogger logger, string instanceId, string name, FailureDetails failure);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Warning, Message = "Episode of instance {InstanceId} failed on delivery {Delivery}; its messages will be redelivered in {RetryAfter}.")]
    public static partial void EpisodeAbandoned(ILogger logger, Exception exception, string instanceId, int delivery, TimeSpan retryAfter);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "Instance {InstanceId} lost its lock before the episode committed; another worker will redo it.")]
    public static partial void EpisodeLockLost(ILogger logger, string instanceId);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Error, Message = "Instance {InstanceId}: messages dead-lettered and the instance failed: {Reason}")]
    public static partial void EpisodeDeadLettered(ILogger logger, string instanceId, string reason);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Activity {Name} (instance {InstanceId}, task {TaskId}) failed: {Failure}")]
    public static partial void ActivityFailed(ILogger logger, string name, string instanceId, int taskId, FailureDetails failure);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "Activity {Name} (instance {InstanceId}, task {TaskId}) lost its lock; its result is discarded and the redelivered execution's result counts.")]
    public static partial void ActivityLockLost(ILogger logger, string name, string instanceId, int taskId);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Error, Message = "Activity {Name} (instance {InstanceId}, task {TaskId}) dead-lettered: {Reason}")]
    public static partial void ActivityDeadLettered(ILogger logger, string name, string instanceId, int taskId, string reason);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Error, Message = "Recording the result of activity {Name} (instance {InstanceId}, task {TaskId}) failed; it will be redelivered.")]
    public static partial void ActivityResultNotRecorded(ILogger logger, Exception exception, string name, string instanceId, int taskId);

    [LoggerMessage(EventId = 1024, Level = LogLevel.Information, Message = "Activity {Name} (instance {InstanceId}, task {TaskId}) released for redelivery at shutdown.")]
    public static partial void ActivityReleasedAtShutdown(ILogger logger, string name, string instanceId, int taskId);
}
