using CampaignOrchestrator.Campaigns.Reports;
using Microsoft.Extensions.Logging;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>The campaign run's log messages (event ids 3100–3199; the activities use 3000–3099).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Campaign run {InstanceId} of {Campaign} started with tag {RunTag}")]
    public static partial void RunStarted(ILogger logger, string instanceId, string campaign, string runTag);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Campaign run {InstanceId} sent wave {Wave} as batch {BatchId}")]
    public static partial void WaveSent(ILogger logger, string instanceId, string wave, long batchId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Campaign run {InstanceId} waits for an operator: {Send} ({OperationKey}) may or may not have reached QuestionPro; raise 'resolve'")]
    public static partial void AwaitingOperator(ILogger logger, string instanceId, string send, string operationKey);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Campaign run {InstanceId} ended: {Outcome}, {Detail}")]
    public static partial void RunEnded(ILogger logger, string instanceId, CampaignRunOutcome outcome, string detail);
}
