using System.Globalization;
using CampaignOrchestrator.Durable;
using Microsoft.Extensions.Primitives;

namespace CampaignOrchestrator.Host.Management;

/// <summary>Reads query parameters, collecting an error per bad parameter (named as in the query) for one 400 answer.</summary>
/// <param name="query">The query.</param>
internal sealed class QueryReader(IQueryCollection query)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    /// <summary>Gets whether any parameter was bad.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Gets the errors, by parameter.</summary>
    public IDictionary<string, string[]> Errors => _errors;

    /// <summary>Returns whether a parameter is present with a value.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns><see langword="true"/> when present and not empty.</returns>
    public bool Has(string name) => !StringValues.IsNullOrEmpty(query[name]);

    /// <summary>Reads a text parameter.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value; null when absent or empty.</returns>
    public string? Text(string name) => Has(name) ? query[name].ToString() : null;

    /// <summary>Reads a <c>true</c>/<c>false</c> parameter.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <returns>The value.</returns>
    public bool Boolean(string name, bool defaultValue)
    {
        if (Text(name) is not { } text)
        {
            return defaultValue;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Fail(name, $"{name} must be true or false.");
        return defaultValue;
    }

    /// <summary>Reads a date and time (ISO 8601; UTC unless an offset is given).</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value; null when absent or bad.</returns>
    public DateTimeOffset? Time(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        Fail(name, $"{name} must be a date and time such as 2026-01-31T12:00:00Z.");
        return null;
    }

    /// <summary>Reads a whole number.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="defaultValue">The value when absent.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <returns>The value.</returns>
    public int Integer(string name, int defaultValue, int minimum)
    {
        if (Text(name) is not { } text)
        {
            return defaultValue;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        Fail(name, $"{name} must be a whole number of at least {minimum}.");
        return defaultValue;
    }

    /// <summary>Reads a positive number of seconds.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The duration; null when absent or bad.</returns>
    public TimeSpan? Seconds(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        Fail(name, $"{name} must be a positive number of seconds.");
        return null;
    }

    /// <summary>Reads a comma-separated list of runtime statuses (case-insensitive).</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The statuses; null when absent.</returns>
    public IReadOnlyCollection<RuntimeStatus>? Statuses(string name)
    {
        var values = query[name].SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var statuses = new HashSet<RuntimeStatus>();
        foreach (var value in values)
        {
            if (Enum.TryParse<RuntimeStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(value, out _))
            {
                statuses.Add(status);
            }
            else
            {
                Fail(name, $"{name} has an unknown status '{value}'; use {string.Join(", ", Enum.GetNames<RuntimeStatus>())}.");
            }
        }

        return statuses;
    }

    /// <summary>Records an error.</summary>
    /// <param name="name">The parameter (or other field).</param>
    /// <param name="message">What is wrong.</param>
    public void Fail(string name, string message) =>
        _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];
}
