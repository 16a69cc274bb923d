using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Campaigns.Definitions.Rules;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>The schedule: cron expression, time zone and catch-up.</summary>
public static partial class CampaignDefinitionValidator
{
    private const string SchedulePath = "$.schedule";

    private static void CheckSchedule(CampaignSchedule? schedule, FailureCollector failures)
    {
        if (schedule is null)
        {
            return;
        }

        if (CronExpressionCheck.Check(schedule.Cron) is { } cronProblem)
        {
            failures.Add($"{SchedulePath}.cron", cronProblem);
        }

        failures.Require(IsIanaTimeZone(schedule.TimeZone), $"{SchedulePath}.timeZone", "must be an IANA time zone id, e.g. Europe/Paris or UTC");
        failures.Require(Enum.IsDefined(schedule.CatchUp), $"{SchedulePath}.catchUp", "must be \"latest\", \"none\" or \"all\"");
        if (schedule.MaxCatchUp is { } maxCatchUp)
        {
            failures.Require(maxCatchUp > 0, $"{SchedulePath}.maxCatchUp", "must be a positive integer");
            failures.Require(schedule.CatchUp == CatchUpPolicy.All, $"{SchedulePath}.maxCatchUp", "only applies when catchUp is \"all\"");
        }
    }

    private static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
