using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>Log messages of the Azure Storage backend.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Worker {WorkerId} took partition {Partition} (stolen: {Stolen})")]
    public static partial void PartitionAcquired(ILogger logger, int partition, string workerId, bool stolen);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Worker {WorkerId} lost partition {Partition}: its lease could not be renewed")]
    public static partial void PartitionLost(ILogger logger, int partition, string workerId);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Partition lease cycle failed with status {Status} ({ErrorCode}); retrying on the next cycle")]
    public static partial void PartitionCycleFailed(ILogger logger, int status, string? errorCode);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Releasing partition {Partition} failed with status {Status}; its lease will expire instead")]
    public static partial void PartitionReleaseFailed(ILogger logger, int partition, int status);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Dropped a control queue message that is not an instance message (queue {Queue}, message {MessageId})")]
    public static partial void UnreadableMessage(ILogger logger, string queue, string messageId);
}
