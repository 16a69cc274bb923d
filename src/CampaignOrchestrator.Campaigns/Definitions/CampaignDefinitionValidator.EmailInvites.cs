using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Campaigns.Definitions.Rules;
using CampaignOrchestrator.Integrations.QuestionPro.EmailBatches;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>Email waves and reminders.</summary>
public static partial class CampaignDefinitionValidator
{
    private const string ModeRule = "must be 1 (email list + existing template) or 3 (email list + custom template)";

    // The client validators check the survey and batch ids of the call; a definition states the survey once.
    private static readonly string[] CallPaths = ["$.surveyId", "$.batchId"];
    private static readonly string[] ReminderCallPaths = ["$.surveyId", "$.batchId", "$.emailListID"];

    private static void CheckEmailInvites(CampaignDefinition definition, FailureCollector failures)
    {
        var waves = definition.EmailInvites ?? [];
        var firstByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < waves.Count; i++)
        {
            var path = JsonPath.Index("$.emailInvites", i);
            var wave = waves[i];
            if (wave is null)
            {
                failures.Add(path, "expected an object");
                continue;
            }

            CheckWaveName(wave.Name, path, firstByName, failures);
            failures.Require(wave.BatchName is null || !string.IsNullOrWhiteSpace(wave.BatchName), $"{path}.batchName", "must not be blank");
            failures.Require(wave.StartAfter is not { } delay || delay >= TimeSpan.Zero, $"{path}.startAfter", "must not be negative");
            if (IsListMode(wave.Mode, $"{path}.mode", failures))
            {
                var vendor = EmailBatchRequestValidator.ValidateCreate(definition.Survey?.Id ?? 0, wave.ToCreateRequest());
                failures.AddRange(VendorFailureMapper.Map(vendor, [("$", path)], CallPaths));
            }

            var reminders = wave.Reminders ?? [];
            for (var j = 0; j < reminders.Count; j++)
            {
                CheckReminder(definition, wave, reminders[j], JsonPath.Index($"{path}.reminders", j), failures);
            }
        }
    }

    private static void CheckWaveName(string? name, string path, Dictionary<string, string> firstByName, FailureCollector failures)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            failures.Add($"{path}.name", "required");
            return;
        }

        if (!firstByName.TryAdd(name, $"{path}.name"))
        {
            failures.Add($"{path}.name", $"wave names must be unique; also used at {firstByName[name]}");
        }
    }

    private static void CheckReminder(CampaignDefinition definition, EmailWave wave, EmailReminder? reminder, string path, FailureCollector failures)
    {
        if (reminder is null)
        {
            failures.Add(path, "expected an object");
            return;
        }

        failures.Require(
            reminder.After is not null || reminder.WhileTakenRateBelow is not null,
            path,
            "needs after, whileTakenRateBelow or both");
        failures.Require(reminder.After is not { } after || after > TimeSpan.Zero, $"{path}.after", "must be a positive duration");
        failures.Require(
            reminder.WhileTakenRateBelow is not { } rate || rate is > 0 and <= 1,
            $"{path}.whileTakenRateBelow",
            "must be greater than 0 and at most 1");
        if (IsListMode(reminder.Mode, $"{path}.mode", failures))
        {
            var request = reminder.ToSendRequest(wave.EmailListId);
            var vendor = EmailBatchRequestValidator.ValidateSend(definition.Survey?.Id ?? 0, 1, request);
            failures.AddRange(VendorFailureMapper.Map(vendor, [("$", path)], ReminderCallPaths));
        }
    }

    private static bool IsListMode(EmailBatchMode mode, string path, FailureCollector failures)
    {
        var valid = mode is EmailBatchMode.ListWithTemplate or EmailBatchMode.ListWithCustomTemplate;
        failures.Require(valid, path, ModeRule);
        return valid;
    }
}
