namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Monitoring and schedule.</summary>
internal static partial class CampaignDefinitionReader
{
    private static readonly KeyValuePair<string, CatchUpPolicy>[] CatchUpPolicies =
    [
        new("latest", CatchUpPolicy.Latest),
        new("none", CatchUpPolicy.None),
        new("all", CatchUpPolicy.All),
    ];

    private static MonitoringPlan ReadMonitoring(ObjectReader reader)
    {
        var monitoring = new MonitoringPlan
        {
            PollInterval = reader.Duration("pollInterval") ?? MonitoringPlan.DefaultPollInterval,
            Deadline = reader.Instant("deadline"),
            RunFor = reader.Duration("runFor"),
            TakenTarget = reader.Int("takenTarget"),
            StopWhenMicropanelCloses = reader.Bool("stopWhenMicropanelCloses") ?? false,
        };
        reader.Finish();
        return monitoring;
    }

    private static CampaignSchedule ReadSchedule(ObjectReader reader)
    {
        var schedule = new CampaignSchedule
        {
            Cron = reader.String("cron", required: true) ?? string.Empty,
            TimeZone = reader.String("timeZone") ?? CampaignSchedule.DefaultTimeZone,
            CatchUp = reader.Choice("catchUp", CatchUpPolicies) ?? CatchUpPolicy.Latest,
            MaxCatchUp = reader.Int("maxCatchUp"),
        };
        reader.Finish();
        return schedule;
    }
}
