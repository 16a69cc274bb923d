using System.Globalization;

namespace CampaignOrchestrator.Campaigns.Scheduling;

/// <summary>
/// The instance ids of scheduled runs: <c>{campaign}@{occurrence in UTC as yyyyMMddTHHmmZ}</c>, e.g.
/// <c>weekly-nps@20261130T0900Z</c>. One occurrence has exactly one id, so every process that tries to start it asks for
/// the same instance; and a campaign's runs share the prefix <c>{campaign}@</c> (campaign names never contain <c>@</c>).
/// </summary>
public static class ScheduledRunIds
{
    private const string OccurrenceFormat = "yyyyMMdd'T'HHmm'Z'";

    /// <summary>Returns the instance id of a campaign's run at an occurrence.</summary>
    /// <param name="campaign">The campaign name.</param>
    /// <param name="occurrence">The occurrence (a whole minute; any offset).</param>
    /// <returns>The id.</returns>
    public static string For(string campaign, DateTimeOffset occurrence)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaign);
        return PrefixOf(campaign) + occurrence.UtcDateTime.ToString(OccurrenceFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the prefix shared by every scheduled run of a campaign.</summary>
    /// <param name="campaign">The campaign name.</param>
    /// <returns><c>{campaign}@</c>.</returns>
    public static string PrefixOf(string campaign) => campaign + "@";

    /// <summary>Reads the occurrence out of a scheduled run's instance id.</summary>
    /// <param name="campaign">The campaign the run should belong to.</param>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="occurrence">The occurrence, in UTC.</param>
    /// <returns><see langword="true"/> when the id is a scheduled run of the campaign.</returns>
    public static bool TryReadOccurrence(string campaign, string instanceId, out DateTimeOffset occurrence)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(instanceId);
        occurrence = default;
        var prefix = PrefixOf(campaign);
        if (!instanceId.StartsWith(prefix, StringComparison.Ordinal)
            || !DateTime.TryParseExact(instanceId.AsSpan(prefix.Length), OccurrenceFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return false;
        }

        occurrence = new DateTimeOffset(utc, TimeSpan.Zero);
        return true;
    }
}
