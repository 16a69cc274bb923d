using System.Xml;
using CampaignOrchestrator.Campaigns.Definitions.Reading;

namespace CampaignOrchestrator.Campaigns.Definitions;

/// <summary>Monitoring: poll interval and stop conditions.</summary>
public static partial class CampaignDefinitionValidator
{
    private const string MonitoringPath = "$.monitoring";

    private static void CheckMonitoring(CampaignDefinition definition, FailureCollector failures)
    {
        if (definition.Monitoring is not { } monitoring)
        {
            failures.Add(MonitoringPath, "required");
            return;
        }

        failures.Require(
            monitoring.PollInterval >= MonitoringPlan.MinimumPollInterval,
            $"{MonitoringPath}.pollInterval",
            $"must be at least {XmlConvert.ToString(MonitoringPlan.MinimumPollInterval)}");
        failures.Require(
            monitoring.Deadline is null || monitoring.RunFor is null,
            $"{MonitoringPath}.runFor",
            "use either deadline or runFor, not both");
        failures.Require(monitoring.RunFor is not { } runFor || runFor > TimeSpan.Zero, $"{MonitoringPath}.runFor", "must be a positive duration");
        CheckTakenTarget(definition, monitoring, failures);
        failures.Require(
            !monitoring.StopWhenMicropanelCloses
                || definition.Micropanel?.SendOptions?.AutomaticClosure is { Enabled: true }
                || failures.IsUnreadable(MicropanelPath),
            $"{MonitoringPath}.stopWhenMicropanelCloses",
            "requires a micropanel batch with an enabled micropanel.sendOptions.automaticClosure (otherwise it never closes)");
        failures.Require(
            monitoring.Deadline is not null || monitoring.RunFor is not null || monitoring.TakenTarget is not null || monitoring.StopWhenMicropanelCloses,
            MonitoringPath,
            "needs at least one stop condition: deadline, runFor, takenTarget or stopWhenMicropanelCloses");
    }

    private static void CheckTakenTarget(CampaignDefinition definition, MonitoringPlan monitoring, FailureCollector failures)
    {
        if (monitoring.TakenTarget is not { } target)
        {
            return;
        }

        failures.Require(target > 0, $"{MonitoringPath}.takenTarget", "must be a positive integer");
        failures.Require(
            definition.EmailInvites is { Count: > 0 } || failures.IsUnreadable("$.emailInvites"),
            $"{MonitoringPath}.takenTarget",
            "requires at least one email wave (micropanel batches report no counts)");
    }
}
