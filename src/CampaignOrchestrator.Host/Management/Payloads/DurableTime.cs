using System.Globalization;

namespace CampaignOrchestrator.Host.Management.Payloads;

/// <summary>Times as Durable Functions writes them.</summary>
internal static class DurableTime
{
    /// <summary>Formats an instance time: UTC, whole seconds (<c>yyyy-MM-ddTHH:mm:ssZ</c>).</summary>
    /// <param name="value">The time.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats a history time: UTC, to the tick (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>).</summary>
    /// <param name="value">The time.</param>
    /// <returns>The text.</returns>
    public static string FormatPrecise(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
