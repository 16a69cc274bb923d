using System.Globalization;
using CampaignOrchestrator.Campaigns.Runs;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>
/// Shows a run's progress from its custom status: the phase, the run's progress bar and one bar per wave (its taken
/// rate). On a terminal the block is redrawn in place; otherwise a line is written whenever something visible changed.
/// </summary>
/// <param name="output">Where to write.</param>
/// <param name="clock">The compressed clock, for the simulated time.</param>
/// <param name="runStart">The run's start (simulated), which times are shown relative to.</param>
internal sealed class ProgressView(DemoOutput output, TimeProvider clock, DateTimeOffset runStart)
{
    private const int BarWidth = 24;
    private int _drawn;
    private string? _lastKey;

    /// <summary>Shows a status.</summary>
    /// <param name="status">The status read from the management API.</param>
    public void Show(DemoRunStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (output.Live)
        {
            Redraw(Frame(status));
        }
        else if (Key(status) is var key && key != _lastKey)
        {
            _lastKey = key;
            output.Line($"  {DemoFormat.Offset(clock.GetUtcNow() - runStart)}  {Summary(status)}");
        }
    }

    private void Redraw(List<string> lines)
    {
        var text = new System.Text.StringBuilder();
        if (_drawn > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\u001b[{_drawn}A");
        }

        // A shorter frame than the last one blanks the lines left over.
        while (lines.Count < _drawn)
        {
            lines.Add(string.Empty);
        }

        foreach (var line in lines)
        {
            text.Append("\r\u001b[2K").Append(line.Length >= output.Width ? line[..(output.Width - 1)] : line).Append('\n');
        }

        output.Writer.Write(text.ToString());
        output.Writer.Flush();
        _drawn = lines.Count;
    }

    private List<string> Frame(DemoRunStatus status)
    {
        var progress = status.Progress;
        var lines = new List<string>
        {
            $"  simulated {DemoFormat.Offset(clock.GetUtcNow() - runStart)}   {status.RuntimeStatus} / {progress?.Phase ?? "pending"}   polls {progress?.Polls ?? 0}   next check {DemoFormat.At(progress?.NextCheckAt, runStart)}",
            $"  {"run",-20} {DemoFormat.Bar((progress?.ProgressPercent ?? 0) / 100.0, BarWidth, blocks: true)} {progress?.ProgressPercent ?? 0,3} %   taken {progress?.TakenTotal ?? 0}{Target(progress)}",
        };
        foreach (var wave in progress?.Waves ?? [])
        {
            lines.Add(wave.BatchId is null
                ? $"  {wave.Name,-20} {DemoFormat.Bar(0, BarWidth, blocks: true)}         due {DemoFormat.At(wave.DueAt, runStart)}"
                : $"  {wave.Name,-20} {DemoFormat.Bar(wave.TakenRate, BarWidth, blocks: true)} {DemoFormat.Percent(wave.TakenRate),7} taken   batch {wave.BatchId}: sent {wave.Statistics?.SentCount ?? 0}, viewed {wave.Statistics?.ViewedCount ?? 0}, taken {wave.Statistics?.TakenCount ?? 0}, reminders {wave.RemindersSent}");
        }

        if (progress?.Micropanel is { } micropanel)
        {
            lines.Add($"  {"micropanel",-20} {(micropanel.BatchId is { } id ? $"batch {id}  {micropanel.Status ?? "created"}" : "not created yet")}");
        }

        return lines;
    }

    // Line by line, a line is written when the phase, a 5 % step of progress, a send or the micropanel status changes.
    private static string Key(DemoRunStatus status)
    {
        var progress = status.Progress;
        return progress is null
            ? status.RuntimeStatus
            : string.Join(
                '|',
                status.RuntimeStatus,
                progress.Phase,
                (progress.ProgressPercent ?? 0) / 5,
                string.Join(',', progress.Waves.Select(wave => $"{wave.BatchId}:{wave.RemindersSent}")),
                progress.Micropanel?.Status);
    }

    private static string Summary(DemoRunStatus status)
    {
        var progress = status.Progress;
        if (progress is null)
        {
            return status.RuntimeStatus;
        }

        var waves = string.Join("  ", progress.Waves.Select(wave =>
            wave.BatchId is null ? $"{wave.Name} not sent" : $"{wave.Name} {DemoFormat.Percent(wave.TakenRate)} taken, {wave.RemindersSent} reminder(s)"));
        var micropanel = progress.Micropanel is { } panel ? $"  micropanel {panel.Status ?? (panel.BatchId is null ? "not created" : "created")}" : string.Empty;
        return $"{progress.Phase,-10} {DemoFormat.Bar((progress.ProgressPercent ?? 0) / 100.0, 20, blocks: false)} {progress.ProgressPercent ?? 0,3} %  taken {progress.TakenTotal}{Target(progress)}  {waves}{micropanel}";
    }

    private static string Target(CampaignRunStatus? progress) => progress?.TakenTarget is { } target ? $" / {target}" : string.Empty;
}
