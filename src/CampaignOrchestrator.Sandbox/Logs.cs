using CampaignOrchestrator.Sandbox.Control;

namespace CampaignOrchestrator.Sandbox;

/// <summary>The sandbox's log messages. Keys are never logged.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Vendor sandbox ready: {SurveyCount} surveys, {BatchCount} email batches, seed {Seed}, time scale {TimeScale}")]
    public static partial void SandboxReady(this ILogger logger, int surveyCount, int batchCount, int seed, double timeScale);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Injected fault {Fault} into {Method} {Path}")]
    public static partial void FaultInjected(this ILogger logger, FaultKind fault, string method, string path);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Rate limit reached for {Method} {Path}")]
    public static partial void RateLimited(this ILogger logger, string method, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Vendor sandbox reset to the sample account")]
    public static partial void SandboxReset(this ILogger logger);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Fault injection set: {Settings}")]
    public static partial void FaultsChanged(this ILogger logger, FaultSettings settings);
}
