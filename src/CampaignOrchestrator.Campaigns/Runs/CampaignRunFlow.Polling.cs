using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Durable;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Polls: each sent wave's statistics and the micropanel batch's status, then the next poll time on the interval's grid.</summary>
internal sealed partial class CampaignRunFlow
{
    private async Task PollAsync()
    {
        string? failure = null;
        foreach (var wave in _state.Waves)
        {
            if (wave.BatchId is not { } batchId)
            {
                continue;
            }

            var result = await PollOneAsync<EmailBatchStatisticsResult>(
                CampaignActivityNames.GetEmailBatchStatistics,
                new EmailBatchStatisticsRequest(SurveyId, batchId),
                Invariant($"Reading the statistics of wave '{wave.Name}' (batch {batchId})"));
            if (result.Value is { } statistics)
            {
                wave.Statistics = statistics.Statistics;
                wave.EmailCount = statistics.EmailCount;
                wave.PolledInRound = _state.Rounds;
            }

            failure ??= result.Failure;
        }

        if (_state.Micropanel is { BatchId: { } micropanelId } micropanel)
        {
            var result = await PollOneAsync<MicropanelBatchStatus>(
                CampaignActivityNames.GetMicropanelBatch, new MicropanelBatchRequest(micropanelId), Invariant($"Reading micropanel batch {micropanelId}"));
            if (result.Value is { } status)
            {
                if (status.IsClosed && !micropanel.IsClosed)
                {
                    AddTimeline("micropanel-closed", Invariant($"Micropanel batch {micropanelId} is closed (status '{status.Status}')."));
                }

                micropanel.Status = status.Status;
                micropanel.IsClosed = status.IsClosed;
            }

            failure ??= result.Failure;
        }

        _state.Polls++;
        _state.LastPollAt = Now;
        _state.LastPollError = failure;
        var interval = _definition.Monitoring.PollInterval;
        if (Now >= _state.NextPollAt)
        {
            var behind = (Now - _state.NextPollAt).Ticks / interval.Ticks;
            _state.NextPollAt += TimeSpan.FromTicks(interval.Ticks * (behind + 1));
        }
    }

    /// <summary>Reads; a transient failure that outlived its retries only skips this reading, a permanent one fails the run.</summary>
    private async Task<(T? Value, string? Failure)> PollOneAsync<T>(string activity, object input, string step)
        where T : class
    {
        try
        {
            return (await _context.CallActivityAsync<T>(activity, input, CampaignRetryPolicies.Vendor), null);
        }
        catch (TaskFailedException failed) when (failed.Failure.IsTransient)
        {
            return (null, $"{step} failed: {failed.Failure.Message}");
        }
        catch (TaskFailedException failed)
        {
            throw new CampaignRunException(step, failed.Failure, failed);
        }
    }
}
