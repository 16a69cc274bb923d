using System.Globalization;
using System.Xml;

namespace CampaignOrchestrator.Campaigns.Definitions.Json;

/// <summary>ISO 8601 durations as campaign definitions write them (<c>PT15M</c>, <c>P3D</c>, <c>P1DT12H</c>, <c>P2W</c>).</summary>
public static class IsoDuration
{
    /// <summary>The rule stated when a text is not a duration.</summary>
    public const string Expected = "expected an ISO 8601 duration in weeks, days, hours, minutes or seconds, e.g. PT15M or P3D";

    /// <summary>Reads a duration; years and months are refused (they have no fixed length).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The duration read.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid duration.</returns>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrEmpty(text) || text.Trim() != text)
        {
            return false;
        }

        if (text.Length > 2 && text[0] == 'P' && text[^1] == 'W')
        {
            // Weeks (P2W) are ISO 8601 but unknown to XmlConvert.
            var weeks = text.AsSpan(1, text.Length - 2);
            if (!weeks.ContainsAnyExceptInRange('0', '9') && int.TryParse(weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 10_000)
            {
                value = TimeSpan.FromDays(7L * count);
                return true;
            }

            return false;
        }

        var datePart = text.Split('T')[0];
        if (datePart.Contains('Y', StringComparison.Ordinal) || datePart.Contains('M', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            value = XmlConvert.ToTimeSpan(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Writes a duration the way definitions do (e.g. <c>PT15M</c>).</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The ISO 8601 text.</returns>
    public static string Format(TimeSpan value) => XmlConvert.ToString(value);
}
