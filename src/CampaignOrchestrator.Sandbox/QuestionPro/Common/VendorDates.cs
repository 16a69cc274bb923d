using System.Globalization;

namespace CampaignOrchestrator.Sandbox.QuestionPro.Common;

/// <summary>Date formats of QuestionPro payloads.</summary>
internal static class VendorDates
{
    /// <summary>Formats like <c>2020-11-05T07:14:29.000+00:00</c> (always UTC).</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", CultureInfo.InvariantCulture);
}
