using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Adds to a run's timeline, keeping it bounded: notable events only (never one per poll), at most <see cref="MaxEntries"/>.</summary>
internal static class RunTimeline
{
    /// <summary>The most entries kept; past it the oldest after the first (the start) are dropped.</summary>
    public const int MaxEntries = 200;

    /// <summary>Adds an entry.</summary>
    /// <param name="state">The run.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="name">The event name.</param>
    /// <param name="detail">The sentence.</param>
    public static void Add(CampaignRunState state, DateTimeOffset at, string name, string detail)
    {
        state.Timeline.Add(new TimelineEntry(at, name, detail));
        while (state.Timeline.Count > MaxEntries)
        {
            state.Timeline.RemoveAt(1);
        }
    }
}
