using System.Globalization;

namespace CampaignOrchestrator.Campaigns.Definitions.Rules;

/// <summary>
/// Checks the syntax of a five-field cron expression: each field a list of <c>*</c>, <c>?</c> (day fields), values,
/// ranges <c>a-b</c> and steps <c>/n</c>; months and days of week also by name (<c>JAN</c>, <c>MON</c>).
/// </summary>
internal static class CronExpressionCheck
{
    private static readonly CronField[] Fields =
    [
        new("minute", 0, 59, []),
        new("hour", 0, 23, []),
        new("day-of-month", 1, 31, [], AllowsQuestionMark: true),
        new("month", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        new("day-of-week", 0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], AllowsQuestionMark: true),
    ];

    /// <summary>Returns the first problem of an expression, or <see langword="null"/> when it is valid.</summary>
    public static string? Check(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "required";
        }

        var parts = expression.Split(' ', '\t').Where(p => p.Length > 0).ToArray();
        if (parts.Length != Fields.Length)
        {
            return $"expected 5 fields (minute hour day-of-month month day-of-week), found {parts.Length}";
        }

        for (var i = 0; i < parts.Length; i++)
        {
            foreach (var item in parts[i].Split(','))
            {
                if (CheckItem(item, Fields[i]) is { } problem)
                {
                    return $"field {i + 1} ({Fields[i].Name}): {problem}";
                }
            }
        }

        return null;
    }

    private static string? CheckItem(string item, CronField field)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var range = slash < 0 ? item : item[..slash];
        if (slash >= 0 && (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var step) || step < 1))
        {
            return $"step \"{item[(slash + 1)..]}\" must be a positive integer";
        }

        if (range is "*" || (range is "?" && field.AllowsQuestionMark && slash < 0))
        {
            return null;
        }

        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var low = dash < 0 ? range : range[..dash];
        if (!TryValue(low, field, out var from))
        {
            return Describe(low, field);
        }

        if (dash < 0)
        {
            return null;
        }

        var high = range[(dash + 1)..];
        if (!TryValue(high, field, out var to))
        {
            return Describe(high, field);
        }

        return from <= to ? null : $"range \"{range}\" runs backwards";
    }

    private static bool TryValue(string text, CronField field, out int value)
    {
        var index = Array.FindIndex(field.Names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            value = field.Min + index;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= field.Min && value <= field.Max;
    }

    private static string Describe(string text, CronField field) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? $"{text} is out of range {field.Min}-{field.Max}"
            : $"\"{text}\" is not a value of this field";

    private sealed record CronField(string Name, int Min, int Max, string[] Names, bool AllowsQuestionMark = false);
}
