using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignOrchestrator.Campaigns.Definitions.Json;

namespace CampaignOrchestrator.Campaigns.Definitions.Reading;

/// <summary>Scalar values: strings, numbers, booleans, durations, instants and named choices.</summary>
internal sealed partial class ObjectReader
{
    public const string InstantExpected = "expected an ISO 8601 instant with an offset, e.g. 2026-05-01T18:00:00Z";

    public string? String(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongKind(path, "expected a string");
            return null;
        }

        return value.GetString();
    }

    public long? Long(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            WrongKind(path, "expected an integer");
            return null;
        }

        return number;
    }

    public int? Int(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            WrongKind(path, value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _)
                ? $"expected an integer from {int.MinValue} to {int.MaxValue}"
                : "expected an integer");
            return null;
        }

        return number;
    }

    public double? Number(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            WrongKind(path, "expected a number");
            return null;
        }

        return number;
    }

    public bool? Bool(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            WrongKind(path, "expected true or false");
            return null;
        }

        return value.GetBoolean();
    }

    public TimeSpan? Duration(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !IsoDuration.TryParse(value.GetString(), out var duration))
        {
            WrongKind(path, IsoDuration.Expected);
            return null;
        }

        return duration;
    }

    public DateTimeOffset? Instant(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value, out var path))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (!InstantPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            WrongKind(path, InstantExpected);
            return null;
        }

        return instant.ToUniversalTime();
    }

    /// <summary>Reads one of a fixed set of strings, e.g. <c>"reject"</c> or <c>"approve"</c>.</summary>
    public TValue? Choice<TValue>(string name, IReadOnlyList<KeyValuePair<string, TValue>> choices)
        where TValue : struct
    {
        if (!TryGet(name, required: false, out var value, out var path))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Key, text, StringComparison.Ordinal))
            {
                return choice.Value;
            }
        }

        WrongKind(path, "must be " + DescribeChoices(choices.Select(c => c.Key)));
        return null;
    }

    internal static string DescribeChoices(IEnumerable<string> choices)
    {
        var quoted = choices.Select(c => $"\"{c}\"").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted[..^1]) + " or " + quoted[^1];
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}
