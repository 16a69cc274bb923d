using CampaignOrchestrator.Campaigns.Activities;
using CampaignOrchestrator.Campaigns.Definitions;

namespace CampaignOrchestrator.Campaigns.Runs;

/// <summary>
/// Reminders: due <c>after</c> their wave was sent, decided on statistics polled after the send; with
/// <c>whileTakenRateBelow</c> skipped when the taken rate has reached it. Each is sent or skipped once; at most one is
/// sent per wave per round.
/// </summary>
internal sealed partial class CampaignRunFlow
{
    private async Task SendDueRemindersAsync()
    {
        for (var i = 0; i < _state.Waves.Count && _ending is null; i++)
        {
            var wave = _state.Waves[i];
            if (wave is not { BatchId: { } batchId, SentAt: { } sentAt } || wave.PolledInRound != _state.Rounds || wave.PolledInRound <= wave.SentInRound)
            {
                continue;
            }

            var definitions = _definition.EmailInvites[i].Reminders;
            var due = wave.Reminders
                .Where(reminder => reminder.Status == ReminderState.Pending)
                .Select(reminder => (State: reminder, Definition: definitions[reminder.Number - 1], DueAt: sentAt + (definitions[reminder.Number - 1].After ?? TimeSpan.Zero)))
                .Where(reminder => Now >= reminder.DueAt)
                .OrderBy(reminder => reminder.DueAt)
                .ThenBy(reminder => reminder.State.Number)
                .ToList();
            foreach (var (reminder, definition, _) in due)
            {
                if (definition.WhileTakenRateBelow is { } threshold && wave.TakenRate >= threshold)
                {
                    Decide(reminder, ReminderState.Skipped, Invariant($"taken rate {wave.TakenRate:0.####} is not below {threshold:0.####}"));
                    AddTimeline("reminder-skipped", Invariant($"Reminder {reminder.Number} of wave '{wave.Name}' not sent: {reminder.Note}."));
                    continue;
                }

                await SendReminderAsync(i, wave, batchId, reminder, definition);
                break;
            }
        }
    }

    private async Task SendReminderAsync(int index, WaveState wave, long batchId, ReminderState reminder, EmailReminder definition)
    {
        var key = RunKeys.Reminder(_context.InstanceId, _state.RunTag, index, reminder.Number);
        var send = new AmbiguousSend("reminder", Invariant($"reminder {reminder.Number} of wave '{wave.Name}' (batch {batchId})"), key, batchId, UseNeedsBatchId: false);
        var result = await SendOnceAsync<EmailReminderSent>(
            CampaignActivityNames.SendEmailReminder,
            new SendEmailReminderInput(key, SurveyId, batchId, _definition.EmailInvites[index].EmailListId, definition),
            send,
            _ => new EmailReminderSent(batchId, wave.EmailCount));
        if (result.Value is not null)
        {
            Decide(reminder, ReminderState.Sent, result.Note);
            AddTimeline("reminder-sent", Invariant($"Reminder {reminder.Number} of wave '{wave.Name}' sent to batch {batchId} (taken rate {wave.TakenRate:0.####}){(result.Note is null ? string.Empty : ", " + result.Note)}."));
        }
        else if (result.Skipped)
        {
            Decide(reminder, ReminderState.Skipped, result.Note);
            AddTimeline("reminder-skipped", Invariant($"Reminder {reminder.Number} of wave '{wave.Name}' not sent: {result.Note}."));
        }
    }

    private void Decide(ReminderState reminder, string status, string? note)
    {
        reminder.Status = status;
        reminder.At = Now;
        reminder.Note = note;
    }
}
