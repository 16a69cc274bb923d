using System.Globalization;

namespace CampaignOrchestrator.Host.Demo;

/// <summary>How the demo writes times, rates and bars.</summary>
internal static class DemoFormat
{
    /// <summary>A simulated offset from the run's start: <c>+1d 04:15</c>.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The text.</returns>
    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var value = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{value.Days}d {value.Hours:00}:{value.Minutes:00}");
    }

    /// <summary>A simulated time as an offset from the run's start, or a dash.</summary>
    /// <param name="at">The time.</param>
    /// <param name="start">The run's start.</param>
    /// <returns>The text.</returns>
    public static string At(DateTimeOffset? at, DateTimeOffset start) => at is { } value ? Offset(value - start) : "-";

    /// <summary>A rate as a percentage with one decimal: <c>31.5 %</c>.</summary>
    /// <param name="rate">The rate, 0–1.</param>
    /// <returns>The text.</returns>
    public static string Percent(double rate) => string.Create(CultureInfo.InvariantCulture, $"{rate * 100:0.0} %");

    /// <summary>A number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A real duration in seconds: <c>14.2 s</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public static string Seconds(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.0} s");

    /// <summary>A progress bar: <c>[#####-----]</c>, or with block characters.</summary>
    /// <param name="fraction">The filled fraction, clamped to 0–1.</param>
    /// <param name="width">The number of cells.</param>
    /// <param name="blocks">Whether to draw with block characters rather than ASCII.</param>
    /// <returns>The bar.</returns>
    public static string Bar(double fraction, int width, bool blocks)
    {
        var filled = (int)Math.Round(Math.Clamp(double.IsFinite(fraction) ? fraction : 0, 0, 1) * width);
        return blocks
            ? "[" + new string('█', filled) + new string('░', width - filled) + "]"
            : "[" + new string('#', filled) + new string('-', width - filled) + "]";
    }
}
