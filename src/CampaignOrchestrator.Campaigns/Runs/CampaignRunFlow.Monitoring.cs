using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Monitoring rounds: send what is due, poll on the interval, stop at the first stop condition, wait durably.</summary>
internal sealed partial class CampaignRunFlow
{
    private async Task RunRoundAsync()
    {
        _state.Rounds++;
        CheckEnding();
        if (_ending is null)
        {
            await SendDueWavesAsync();
            await CreateMicropanelAsync();
        }

        if (_ending is null && Now < _state.NextPollAt)
        {
            return;
        }

        // A run that ends polls once more, so its report holds the latest figures.
        await PollAsync();
        if (_ending is null)
        {
            CheckTargets();
        }

        if (_ending is null)
        {
            await SendDueRemindersAsync();
        }
    }

    private void CheckEnding()
    {
        if (_stop.IsCompleted)
        {
            EndStopped();
        }
        else if (_state.StopAt is { } stopAt && Now >= stopAt)
        {
            _ending = new RunEnding(
                CampaignRunOutcome.Deadline,
                _definition.Monitoring.Deadline == stopAt
                    ? Invariant($"the deadline {stopAt:O} passed.")
                    : Invariant($"the run time ({Definitions.Json.IsoDuration.Format(_definition.Monitoring.RunFor!.Value)}) is over."));
        }
    }

    private void CheckTargets()
    {
        var taken = TakenTotal();
        if (_definition.Monitoring.TakenTarget is { } target && taken >= target)
        {
            _ending = new RunEnding(CampaignRunOutcome.TargetReached, Invariant($"{taken} responses taken, target {target}."));
        }
        else if (_definition.Monitoring.StopWhenMicropanelCloses && _state.Micropanel is { IsClosed: true, BatchId: { } id })
        {
            _ending = new RunEnding(CampaignRunOutcome.MicropanelClosed, Invariant($"micropanel batch {id} closed."));
        }
    }

    private async Task WaitForNextRoundAsync()
    {
        if (_stop.IsCompleted)
        {
            return;
        }

        var wakeAt = NextWakeUp();
        PublishStatus(CampaignRunPhases.Monitoring, wakeAt);
        if (wakeAt <= Now)
        {
            return;
        }

        using var cancel = new CancellationTokenSource();
        var timer = _context.CreateTimer(wakeAt, cancel.Token);
        if (await Task.WhenAny(timer, _stop) != timer)
        {
            Cancel(cancel);
        }
    }

    private DateTimeOffset NextWakeUp()
    {
        var next = _state.NextPollAt;
        foreach (var wave in _state.Waves)
        {
            if (wave is { BatchId: null, DueAt: { } dueAt } && dueAt < next)
            {
                next = dueAt;
            }
        }

        return _state.StopAt is { } stopAt && stopAt < next ? stopAt : next;
    }

    private int TakenTotal() => _state.Waves.Sum(wave => wave.Statistics?.TakenCount ?? 0);
}
