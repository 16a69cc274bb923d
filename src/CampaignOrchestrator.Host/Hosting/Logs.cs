using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Host.Hosting;

/// <summary>The host's log messages (event ids 2001 and up; the engine uses 1001–1031). Keys never appear in them.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Started orchestration {OrchestratorName} as instance {InstanceId}")]
    public static partial void InstanceStarted(this ILogger logger, string orchestratorName, string instanceId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Raised event {EventName} to instance {InstanceId}")]
    public static partial void EventRaised(this ILogger logger, string eventName, string instanceId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Requested {Operation} of instance {InstanceId}")]
    public static partial void ControlRequested(this ILogger logger, string operation, string instanceId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Restarted instance {InstanceId} as instance {NewInstanceId}")]
    public static partial void InstanceRestarted(this ILogger logger, string instanceId, string newInstanceId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Purged instance {InstanceId}")]
    public static partial void InstancePurged(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Purged {Count} instances created from {CreatedFrom:o} to {CreatedTo:o}")]
    public static partial void InstancesPurged(this ILogger logger, int count, DateTimeOffset createdFrom, DateTimeOffset createdTo);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Waited for instance {InstanceId}: {RuntimeStatus}")]
    public static partial void WaitEnded(this ILogger logger, string instanceId, RuntimeStatus runtimeStatus);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "HTTP {Method} {Path}{Query} responded {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestCompleted(this ILogger logger, string method, PathString path, string query, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Rejected HTTP {Method} {Path}: {Reason}")]
    public static partial void KeyRejected(this ILogger logger, string method, PathString path, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Serving task hub {HubName} from {StorageProvider} storage")]
    public static partial void Serving(this ILogger logger, string hubName, string storageProvider);
}
