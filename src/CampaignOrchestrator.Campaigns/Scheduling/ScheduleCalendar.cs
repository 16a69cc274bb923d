using System.Diagnostics.CodeAnalysis;
using CampaignOrchestrator.Campaigns.Definitions;
using CampaignOrchestrator.Campaigns.Definitions.Rules;
using CampaignOrchestrator.Integrations.Validation;
using Cronos;

namespace CampaignOrchestrator.Campaigns.Scheduling;

/// <summary>
/// The occurrences of a campaign's <c>schedule</c>: its cron expression read in its IANA time zone, as Cronos computes
/// them. The definition validator and the scheduler both build calendars here, so an expression that validates is
/// exactly one the scheduler can run. Across daylight-saving changes Cronos's rules apply: a local time skipped by
/// spring-forward fires once, at the first instant after the gap; a local time repeated by fall-back fires once, at its
/// first instance, unless the expression is an interval that genuinely repeats in that hour.
/// </summary>
public sealed class ScheduleCalendar
{
    /// <summary>The JSON path of the cron expression, for failures.</summary>
    public const string CronPath = "$.schedule.cron";

    /// <summary>The JSON path of the time zone, for failures.</summary>
    public const string TimeZonePath = "$.schedule.timeZone";

    // Any calendar date a five-field expression can name recurs within a leap cycle of this start.
    private static readonly DateTimeOffset NeverFiresCheckFrom = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CronExpression _expression;

    private ScheduleCalendar(string cron, CronExpression expression, TimeZoneInfo timeZone)
    {
        Cron = cron;
        _expression = expression;
        TimeZone = timeZone;
    }

    /// <summary>Gets the cron expression as written.</summary>
    public string Cron { get; }

    /// <summary>Gets the time zone the expression is read in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Builds the calendar of a schedule, or reports why it cannot be built.</summary>
    /// <param name="cron">The cron expression (<c>schedule.cron</c>).</param>
    /// <param name="timeZone">The IANA time zone id (<c>schedule.timeZone</c>).</param>
    /// <param name="calendar">The calendar, when both are valid.</param>
    /// <param name="failures">The problems, at <see cref="CronPath"/> and <see cref="TimeZonePath"/>; empty when valid.</param>
    /// <returns><see langword="true"/> when the calendar was built.</returns>
    public static bool TryCreate(string? cron, string? timeZone, [NotNullWhen(true)] out ScheduleCalendar? calendar, out IReadOnlyList<ValidationFailure> failures)
    {
        var problems = new List<ValidationFailure>();
        var expression = ParseCron(cron, problems);
        var zone = FindIanaTimeZone(timeZone);
        if (zone is null)
        {
            problems.Add(new ValidationFailure(TimeZonePath, "must be an IANA time zone id, e.g. Europe/Paris or UTC"));
        }

        failures = problems;
        calendar = expression is not null && zone is not null ? new ScheduleCalendar(cron!.Trim(), expression, zone) : null;
        return calendar is not null;
    }

    /// <summary>Builds the calendar of a schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CampaignDefinitionException">The cron expression or the time zone is not valid.</exception>
    public static ScheduleCalendar Create(CampaignSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return TryCreate(schedule.Cron, schedule.TimeZone, out var calendar, out var failures)
            ? calendar
            : throw new CampaignDefinitionException(failures);
    }

    /// <summary>Returns the first occurrence strictly after an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The occurrence, in UTC; <see langword="null"/> when there is none.</returns>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) =>
        _expression.GetNextOccurrence(instant, TimeZone, inclusive: false)?.ToUniversalTime();

    /// <summary>Returns the last occurrence at or before an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The occurrence, in UTC; <see langword="null"/> when there is none.</returns>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant) =>
        _expression.GetPreviousOccurrence(instant, TimeZone, inclusive: true)?.ToUniversalTime();

    /// <summary>Enumerates, oldest first and lazily, the occurrences after one instant up to and including another.</summary>
    /// <param name="after">The exclusive start.</param>
    /// <param name="until">The inclusive end.</param>
    /// <returns>The occurrences, in UTC.</returns>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset until) =>
        after >= until
            ? []
            : _expression.GetOccurrences(after, until, TimeZone, fromInclusive: false, toInclusive: true).Select(occurrence => occurrence.ToUniversalTime());

    /// <summary>Converts an instant to the schedule's local time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The same instant with the time zone's offset at that instant.</returns>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    private static CronExpression? ParseCron(string? cron, List<ValidationFailure> problems)
    {
        // The syntax check states the documented subset with precise messages; Cronos then has the last word, so no
        // expression passes validation that the scheduler could not run.
        if (CronExpressionCheck.Check(cron) is { } problem)
        {
            problems.Add(new ValidationFailure(CronPath, problem));
            return null;
        }

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron!.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException exception)
        {
            problems.Add(new ValidationFailure(CronPath, exception.Message));
            return null;
        }

        if (expression.GetNextOccurrence(NeverFiresCheckFrom, TimeZoneInfo.Utc) is null)
        {
            problems.Add(new ValidationFailure(CronPath, "never occurs: no month has that day (e.g. 30 February)"));
            return null;
        }

        return expression;
    }

    private static TimeZoneInfo? FindIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;
}
