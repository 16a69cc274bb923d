namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>The custom status: phase, progress, the latest statistics of each wave, the micropanel, and what the run waits for.</summary>
internal sealed partial class CampaignRunFlow
{
    private void PublishStatus(string phase, DateTimeOffset? nextCheckAt = null, ApprovalWait? approval = null, OperatorRequest? awaiting = null) =>
        _context.SetCustomStatus(new CampaignRunStatus(
            phase,
            _definition.Name,
            _state.RunTag.Length == 0 ? null : _state.RunTag,
            ProgressPercent(),
            nextCheckAt,
            _state.StopAt,
            _state.Polls,
            _state.LastPollAt,
            _state.LastPollError,
            TakenTotal(),
            _definition.Monitoring.TakenTarget,
            [.. _state.Waves.Select(wave => new WaveProgress(
                wave.Name,
                wave.DueAt,
                wave.BatchId,
                wave.SentAt,
                wave.Statistics,
                Math.Round(wave.TakenRate, 4),
                wave.Reminders.Count(reminder => reminder.Status == ReminderState.Sent)))],
            _state.Micropanel is { } micropanel ? new MicropanelProgress(micropanel.BatchId, micropanel.Status, micropanel.Skipped) : null,
            approval,
            awaiting,
            _ending?.Outcome));

    /// <summary>The further of taken/target and elapsed/run time, 0–100; null when the run has neither.</summary>
    private int? ProgressPercent()
    {
        double? progress = null;
        if (_definition.Monitoring.TakenTarget is { } target and > 0)
        {
            progress = (double)TakenTotal() / target;
        }

        if (_state.StopAt is { } stopAt && stopAt > _state.StartedAt)
        {
            var elapsed = (Now - _state.StartedAt) / (stopAt - _state.StartedAt);
            progress = Math.Max(progress ?? 0, elapsed);
        }

        return progress is { } value ? (int)Math.Round(Math.Clamp(value, 0, 1) * 100) : null;
    }
}
