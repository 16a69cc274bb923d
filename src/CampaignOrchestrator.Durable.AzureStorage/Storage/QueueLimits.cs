namespace CampaignOrchestrator.Durable.AzureStorage;

/// <summary>The Azure Storage limits the backend designs around.</summary>
internal static class QueueLimits
{
    /// <summary>The longest visibility the service accepts (7 days).</summary>
    public static readonly TimeSpan MaxServerDelay = TimeSpan.FromDays(7);

    /// <summary>The longest hop of a durable timer: a longer timer is hidden again when a hop ends, until it is due.</summary>
    public static readonly TimeSpan MaxTimerHop = TimeSpan.FromDays(6);

    /// <summary>The most text the backend puts in one queue message; larger payloads go to a blob (the limit is 64 KiB).</summary>
    public const int MaxInlineMessageBytes = 48 * 1024;

    /// <summary>The most characters the backend puts in one table property; larger values go to a blob (the limit is 64 KiB, UTF-16).</summary>
    public const int MaxInlinePropertyChars = 16 * 1024;
}
