using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Runs;

namespace CampaignOrchestrator.Campaigns.Reports;

/// <summary>Builds a run's <see cref="CampaignReport"/> from its state when it ends.</summary>
internal static class CampaignReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="definition">The run's definition.</param>
    /// <param name="state">The run's state.</param>
    /// <param name="ending">How it ended.</param>
    /// <param name="endedAt">When.</param>
    /// <returns>The report.</returns>
    public static CampaignReport Build(CampaignDefinition definition, CampaignRunState state, RunEnding ending, DateTimeOffset endedAt)
    {
        var waves = state.Waves.Select(Wave).ToList();
        return new CampaignReport(
            definition.Name,
            state.RunTag,
            definition.Survey.Id,
            state.StartedAt,
            endedAt,
            ending.Outcome,
            ending.Detail,
            waves,
            waves.Sum(wave => wave.RemindersSent),
            waves.Sum(wave => wave.Taken),
            state.Micropanel is { } micropanel
                ? new MicropanelReport(micropanel.BatchId, micropanel.Status, micropanel.CreatedAt, micropanel.Note)
                : null,
            [.. state.Timeline]);
    }

    private static WaveReport Wave(WaveState wave)
    {
        var statistics = wave.Statistics;
        var reminders = wave.Reminders.Select(reminder => new ReminderReport(reminder.Number, reminder.Status, reminder.At, reminder.Note)).ToList();
        return new WaveReport(
            wave.Name,
            wave.BatchId,
            wave.SentAt,
            statistics?.SentCount ?? 0,
            statistics?.ViewedCount ?? 0,
            statistics?.StartedCount ?? 0,
            statistics?.TakenCount ?? 0,
            statistics?.ErrorCount ?? 0,
            statistics?.BlockedCount ?? 0,
            statistics?.UnSubscribedCount ?? 0,
            Math.Round(wave.TakenRate, 4),
            reminders.Count(reminder => reminder.Status == ReminderState.Sent),
            reminders);
    }
}
