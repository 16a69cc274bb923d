using CampaignOrchestrator.Campaigns.Reports;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>Prints a run's <see cref="CampaignReport"/> as tables: waves, reminders, the micropanel batch, the timeline.</summary>
internal static class ReportView
{
    /// <summary>Prints the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report.</param>
    public static void Write(DemoOutput output, CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var start = report.StartedAt;
        output.Line($"Campaign report — {report.Campaign}, run {report.RunTag}, survey {report.SurveyId}");
        output.Line($"  Ended: {Outcome(report.Outcome)} — {report.OutcomeDetail}");
        output.Line($"  Simulated span: {report.StartedAt:yyyy-MM-dd HH:mm} to {report.EndedAt:yyyy-MM-dd HH:mm} UTC ({DemoFormat.Offset(report.EndedAt - start)})");
        output.Line();

        var waves = new TextTable("Wave", ">Batch", ">Sent", ">Viewed", ">Started", ">Taken", ">Errors", ">Blocked", ">Unsubscribed", ">Response rate", ">Reminders");
        foreach (var wave in report.Waves)
        {
            waves.Add(
                wave.Name,
                wave.BatchId is { } batch ? DemoFormat.Number(batch) : "-",
                DemoFormat.Number(wave.Sent),
                DemoFormat.Number(wave.Viewed),
                DemoFormat.Number(wave.Started),
                DemoFormat.Number(wave.Taken),
                DemoFormat.Number(wave.Errors),
                DemoFormat.Number(wave.Blocked),
                DemoFormat.Number(wave.Unsubscribed),
                DemoFormat.Percent(wave.ResponseRate),
                DemoFormat.Number(wave.RemindersSent));
        }

        var sent = report.Waves.Sum(wave => wave.Sent);
        waves.Add(
            "total",
            string.Empty,
            DemoFormat.Number(sent),
            DemoFormat.Number(report.Waves.Sum(wave => wave.Viewed)),
            DemoFormat.Number(report.Waves.Sum(wave => wave.Started)),
            DemoFormat.Number(report.TakenTotal),
            DemoFormat.Number(report.Waves.Sum(wave => wave.Errors)),
            DemoFormat.Number(report.Waves.Sum(wave => wave.Blocked)),
            DemoFormat.Number(report.Waves.Sum(wave => wave.Unsubscribed)),
            DemoFormat.Percent(sent == 0 ? 0 : (double)report.TakenTotal / sent),
            DemoFormat.Number(report.RemindersSent));
        waves.WriteTo(output);
        output.Line();

        var reminders = new TextTable("Reminder", "Status", ">At", "Note");
        foreach (var wave in report.Waves)
        {
            foreach (var reminder in wave.Reminders)
            {
                reminders.Add($"{wave.Name} #{reminder.Number}", reminder.Status, DemoFormat.At(reminder.At, start), reminder.Note ?? string.Empty);
            }
        }

        reminders.WriteTo(output);
        output.Line();
        if (report.Micropanel is { } micropanel)
        {
            new TextTable("Micropanel batch", "Status", ">Created", "Note")
                .Add(micropanel.BatchId is { } id ? DemoFormat.Number(id) : "-", micropanel.Status ?? "-", DemoFormat.At(micropanel.CreatedAt, start), micropanel.Note ?? string.Empty)
                .WriteTo(output);
            output.Line();
        }

        var timeline = new TextTable(">At", "Event", "Detail");
        foreach (var entry in report.Timeline)
        {
            timeline.Add(DemoFormat.At(entry.At, start), entry.Event, entry.Detail);
        }

        timeline.WriteTo(output);
    }

    private static string Outcome(CampaignRunOutcome outcome) => outcome switch
    {
        CampaignRunOutcome.TargetReached => "target reached",
        CampaignRunOutcome.Deadline => "deadline",
        CampaignRunOutcome.Stopped => "stopped",
        CampaignRunOutcome.MicropanelClosed => "micropanel closed",
        CampaignRunOutcome.PreflightStopped => "preflight stopped",
        _ => "rejected",
    };
}
