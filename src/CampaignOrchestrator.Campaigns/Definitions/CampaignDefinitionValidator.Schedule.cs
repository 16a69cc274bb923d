using CampaignOrchestrator.Campaigns.Definitions.Reading;
using CampaignOrchestrator.Campaigns.Scheduling;

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

        // The scheduler builds its calendar the same way, so what validates here is exactly what it can run.
        ScheduleCalendar.TryCreate(schedule.Cron, schedule.TimeZone, out _, out var calendarFailures);
        failures.AddRange(calendarFailures);
        failures.Require(Enum.IsDefined(schedule.CatchUp), $"{SchedulePath}.catchUp", "must be \"latest\", \"none\" or \"all\"");
        if (schedule.MaxCatchUp is { } maxCatchUp)
        {
            failures.Require(maxCatchUp > 0, $"{SchedulePath}.maxCatchUp", "must be a positive integer");
            failures.Require(schedule.CatchUp == CatchUpPolicy.All, $"{SchedulePath}.maxCatchUp", "only applies when catchUp is \"all\"");
        }
    }
}
