using CampaignOrchestrator.Campaigns.Activities;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>Sending: each wave's batch when it is due, then the micropanel batch.</summary>
internal sealed partial class CampaignRunFlow
{
    private async Task SendDueWavesAsync()
    {
        for (var i = 0; i < _state.Waves.Count; i++)
        {
            var wave = _state.Waves[i];
            if (wave.BatchId is not null || wave.DueAt is not { } dueAt || Now < dueAt)
            {
                continue;
            }

            var definition = _definition.EmailInvites[i];
            var tag = RunKeys.BatchTag(_state.RunTag, i);
            var batchName = RunKeys.BatchName(_definition, definition, tag);
            PublishStatus(CampaignRunPhases.Sending);
            var created = await CallAsync<EmailBatchCreated>(
                CampaignActivityNames.CreateEmailBatch,
                new CreateEmailBatchInput(RunKeys.Wave(_context.InstanceId, _state.RunTag, i), SurveyId, batchName, tag, definition),
                $"Creating the email batch of wave '{wave.Name}'");
            wave.BatchId = created.BatchId;
            wave.BatchName = created.BatchName ?? batchName;
            wave.EmailCount = created.EmailCount;
            wave.SentAt = Now;
            wave.SentInRound = _state.Rounds;
            var found = created.Reconciled ? " (found at QuestionPro by its tag after an ambiguous attempt, not sent again)" : string.Empty;
            AddTimeline("wave-sent", Invariant($"Wave '{wave.Name}' sent: batch {created.BatchId} '{wave.BatchName}', {created.EmailCount} emails{found}."));
            Logs.WaveSent(_logger, _context.InstanceId, wave.Name, created.BatchId);
        }
    }

    private async Task CreateMicropanelAsync()
    {
        if (_state.Micropanel is not { IsSettled: false } micropanel || _definition.Micropanel is not { } definition)
        {
            return;
        }

        PublishStatus(CampaignRunPhases.Sending);
        var key = RunKeys.Micropanel(_context.InstanceId, _state.RunTag);
        var send = new AmbiguousSend("micropanel", "the micropanel batch", key, null, UseNeedsBatchId: true);
        var result = await SendOnceAsync<MicropanelBatchSent>(
            CampaignActivityNames.CreateMicropanelBatch,
            new CreateMicropanelBatchInput(key, SurveyId, definition),
            send,
            resolution => new MicropanelBatchSent(resolution.BatchId!.Value, "recorded by an operator"));
        if (result.Value is { } created)
        {
            micropanel.BatchId = created.BatchId;
            micropanel.CreatedAt = Now;
            micropanel.Note = result.Note;
            AddTimeline("micropanel-created", Invariant($"Micropanel batch {created.BatchId} created{(result.Note is null ? string.Empty : ", " + result.Note)}."));
        }
        else if (result.Skipped)
        {
            micropanel.Skipped = true;
            micropanel.Note = result.Note;
            AddTimeline("micropanel-skipped", $"The run goes on without a micropanel batch ({result.Note}).");
        }
    }
}
